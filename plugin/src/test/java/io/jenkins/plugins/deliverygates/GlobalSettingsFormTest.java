package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.XmlFile;
import hudson.model.Saveable;
import hudson.model.listeners.SaveableListener;
import io.jenkins.plugins.deliverygates.health.HealthProbeSettings;
import io.jenkins.plugins.deliverygates.metrics.MetricsSettings;
import io.jenkins.plugins.deliverygates.promotion.PromotionSettings;
import io.jenkins.plugins.deliverygates.security.SecurityScanConfiguration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The global settings on Manage Jenkins » System: an unusable value is a form error that names the problem (no 500
 * page, nothing stored), never a server error from a throwing setter; a submission saves each setting once.
 */
@WithJenkins
class GlobalSettingsFormTest {
    /** Submits the form with one field changed; returns the status and the page's text. */
    private static String submit(JenkinsRule j, String field, String value) throws Exception {
        JenkinsRule.WebClient client = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setTimeout(0); // the configure page is heavy on a busy machine
        HtmlForm form = client.goTo("configure").getFormByName("config");
        if (field.equals("_.controllerUrls")) {
            form.getTextAreaByName(field).setText(value);
        } else {
            form.getInputByName(field).setValue(value);
        }
        HtmlPage result = j.submit(form);
        return result.getWebResponse().getStatusCode() + " " + result.getWebResponse().getContentAsString();
    }

    /** A form error page (Jenkins' "Error" page, not a 500 with a stack trace) that says what is wrong. */
    private static void assertFormError(String response, String message) {
        int status = Integer.parseInt(response.substring(0, 3));
        assertThat(status).isBetween(200, 499);
        assertThat(response).contains(message).doesNotContain("IllegalArgumentException");
    }

    @Test
    void unusableValuesAreFormErrorsAndNothingIsStored(JenkinsRule j) throws Exception {
        assertFormError(submit(j, "_.environments", "dev,dev"), "environments");
        assertThat(PromotionSettings.get().getEnvironments()).isNull();

        assertFormError(submit(j, "_.dataDirectory", "relative/nvd"), "must be an absolute path");
        assertThat(SecurityScanConfiguration.get().getDataDirectory()).isNull();

        assertFormError(submit(j, "_.controllerUrls", "ftp://files.example.com/"), "not an http(s) URL");
        assertThat(HealthProbeSettings.get().getControllerUrls()).isNull();

        assertFormError(submit(j, "_.windowDays", "0"), "The window must be 1 to 3650 days");
        assertThat(MetricsSettings.get().getWindowDays()).isEqualTo(30);

        assertThat(submit(j, "_.environments", "qa,staging:1h,live")).startsWith("200");
        assertThat(PromotionSettings.get().getEnvironments()).isEqualTo("qa,staging:1h,live");
    }

    @Test
    void aSubmissionSavesEachSettingOnce(JenkinsRule j) throws Exception {
        SecurityScanConfiguration security = SecurityScanConfiguration.get();
        security.setDataDirectory("/var/lib/nvd");
        security.setFeedUrl("https://mirror.example.com/nvd/");
        security.setNvdApiEndpoint("https://mirror.example.com/api");
        Saves saves = SaveableListener.all().get(Saves.class);
        saves.counts.clear();

        j.configRoundtrip();

        assertThat(saves.counts.get(SecurityScanConfiguration.class).get()).isEqualTo(1);
        assertThat(saves.counts.get(PromotionSettings.class).get()).isEqualTo(1);
        assertThat(saves.counts.get(HealthProbeSettings.class).get()).isEqualTo(1);
        assertThat(saves.counts.get(MetricsSettings.class).get()).isEqualTo(1);
        assertThat(SecurityScanConfiguration.get().getFeedUrl()).isEqualTo("https://mirror.example.com/nvd/");
    }

    /** Counts saves per settings class. */
    @TestExtension
    public static final class Saves extends SaveableListener {
        final Map<Class<?>, AtomicInteger> counts = new ConcurrentHashMap<>();

        @Override
        public void onChange(Saveable o, XmlFile file) {
            counts.computeIfAbsent(o.getClass(), c -> new AtomicInteger()).incrementAndGet();
        }
    }
}
