package io.jenkins.plugins.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Manage Jenkins » System: the metrics' Advanced block (performance levels) shows Jenkins' "Edited" badge only when
 * a field in it differs from its default. Jenkins' form marks a text box as edited when its value differs from its
 * {@code default} attribute, and lists the edited fields of each Advanced block in an
 * {@code advanced-customized-fields-info} element whose script then shows the badge.
 */
@WithJenkins
class MetricsSettingsAdvancedTest {
    private static final List<String> ADVANCED_FIELDS = List.of("_.levelsSource", "_.deploymentFrequencyLevels",
            "_.leadTimeLevelsHours", "_.changeFailureRateLevelsPercent", "_.timeToRestoreLevelsHours");

    @Test
    void theAdvancedBlockIsEditedOnlyWhenAFieldDiffersFromItsDefault(JenkinsRule j) throws Exception {
        assertThat(editedFields(j)).as("at the defaults").isEmpty();

        MetricsSettings.get().setLeadTimeLevelsHours("2, 24, 168");

        assertThat(editedFields(j)).containsExactly("_.leadTimeLevelsHours");
    }

    /** The metrics' advanced fields that the configuration page marks as edited, checking the badge as well. */
    private static List<String> editedFields(JenkinsRule j) throws Exception {
        JenkinsRule.WebClient client = j.createWebClient();
        client.getOptions().setTimeout(0); // the configure page is heavy on a busy machine
        HtmlPage page = client.goTo("configure");
        List<String> edited = new java.util.ArrayList<>();
        for (DomElement info : page.querySelectorAll(".advanced-customized-fields-info").stream()
                .map(DomElement.class::cast).toList()) {
            String fields = info.getAttribute("data-customized-fields");
            List<String> ours = ADVANCED_FIELDS.stream().filter(fields::contains).toList();
            if (!ours.isEmpty()) {
                DomElement badge = page.getElementById(info.getAttribute("data-id"));
                assertThat(badge.getAttribute("class")).as("the Edited badge is shown").doesNotContain("jenkins-hidden");
                edited.addAll(ours);
            }
        }
        return edited;
    }
}
