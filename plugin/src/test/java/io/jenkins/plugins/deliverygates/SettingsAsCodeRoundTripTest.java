package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.XmlFile;
import io.jenkins.plugins.deliverygates.health.HealthProbeSettings;
import io.jenkins.plugins.deliverygates.metrics.MetricsSettings;
import io.jenkins.plugins.deliverygates.promotion.PromotionSettings;
import io.jenkins.plugins.deliverygates.security.SecurityScanConfiguration;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Configuration as Code for every global setting, as close as this build can get: the JCasC plugin is not in the
 * Jenkins repository folder the build uses, so this does what its configurator does for a {@code GlobalConfiguration}
 * — export every {@code @DataBoundSetter} attribute through its getter under the descriptor's {@code @Symbol},
 * import them into a fresh instance through the setters — and checks the re-import equals the export, and that the
 * saved XML (what a restart reads) gives the same values.
 */
@WithJenkins
class SettingsAsCodeRoundTripTest {
    @Test
    void promotionSettings(JenkinsRule j) throws Exception {
        PromotionSettings settings = PromotionSettings.get();
        settings.setEnvironments("qa,staging:1h,live");
        assertRoundTrip(settings, "deliveryPromotion", new PromotionSettings());
    }

    @Test
    void securityScanSettings(JenkinsRule j) throws Exception {
        SecurityScanConfiguration settings = SecurityScanConfiguration.get();
        settings.setDataDirectory("/var/lib/nvd");
        settings.setFeedUrl("https://mirror.example.com/nvd/");
        settings.setNvdApiKeyCredentialsId("nvd-key");
        settings.setNvdApiEndpoint("https://mirror.example.com/api");
        assertRoundTrip(settings, "deliveryGatesSecurity", new SecurityScanConfiguration());
    }

    @Test
    void healthProbeSettings(JenkinsRule j) throws Exception {
        HealthProbeSettings settings = HealthProbeSettings.get();
        settings.setControllerUrls("https://status.example.com/health\nhttp://10.0.0.5:8080/ready");
        assertRoundTrip(settings, "deliveryHealth", new HealthProbeSettings());
    }

    @Test
    void metricsSettings(JenkinsRule j) throws Exception {
        MetricsSettings settings = MetricsSettings.get();
        settings.setProductionEnvironments("live, prod-eu");
        settings.setWindowDays(14);
        assertRoundTrip(settings, "deliveryMetrics", new MetricsSettings());
    }

    private static void assertRoundTrip(GlobalConfiguration settings, String symbol, GlobalConfiguration fresh)
            throws Exception {
        assertThat(settings.getClass().getAnnotation(Symbol.class).value()).containsExactly(symbol);
        Map<String, Object> exported = export(settings);
        assertThat(exported).isNotEmpty().doesNotContainValue(null);

        importInto(fresh, exported);
        assertThat(export(fresh)).isEqualTo(exported);

        settings.save();
        XmlFile file = new XmlFile(new java.io.File(jenkins.model.Jenkins.get().getRootDir(), settings.getId() + ".xml"));
        assertThat(file.exists()).isTrue();
        GlobalConfiguration reloaded = settings.getClass().getConstructor().newInstance(); // load()s the saved XML
        assertThat(export(reloaded)).isEqualTo(exported);
    }

    /** Every attribute JCasC would export: a {@code @DataBoundSetter} with its getter. */
    private static Map<String, Object> export(Object settings) throws Exception {
        Map<String, Object> values = new TreeMap<>();
        for (Method setter : settings.getClass().getMethods()) {
            if (setter.isAnnotationPresent(DataBoundSetter.class)) {
                String name = Introspector.decapitalize(setter.getName().substring(3));
                values.put(name, getter(settings.getClass(), name).invoke(settings));
            }
        }
        return values;
    }

    private static void importInto(Object settings, Map<String, Object> values) throws Exception {
        for (Method setter : settings.getClass().getMethods()) {
            if (setter.isAnnotationPresent(DataBoundSetter.class)) {
                setter.invoke(settings, values.get(Introspector.decapitalize(setter.getName().substring(3))));
            }
        }
    }

    private static Method getter(Class<?> type, String name) throws NoSuchMethodException {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        try {
            return type.getMethod("get" + suffix);
        } catch (NoSuchMethodException e) {
            return type.getMethod("is" + suffix);
        }
    }
}
