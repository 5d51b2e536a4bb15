package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The gates' forms and the global settings take their labels from {@code config.properties}: the pages show the
 * English texts (apostrophes included, which MessageFormat would drop if they were not doubled), never a key.
 */
@WithJenkins
class LocalizedFormsTest {
    @Test
    void theGlobalSettingsShowTheSecurityScanLabels(JenkinsRule j) throws Exception {
        String page = j.createWebClient().goTo("manage/configure").getWebResponse().getContentAsString();

        assertThat(page).contains("Delivery Gates security scan", "Data directory on each agent",
                "of the agent's user", "NVD API key").doesNotContain("dataDirectory.title", "section.");
    }
}
