package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import io.jenkins.plugins.deliverygates.api.ApiCompatibilityBuilder;
import io.jenkins.plugins.deliverygates.api.ApiCompatibilityStep;
import io.jenkins.plugins.deliverygates.license.LicenseGateBuilder;
import io.jenkins.plugins.deliverygates.license.LicenseGateStep;
import io.jenkins.plugins.deliverygates.performance.PerformanceGateBuilder;
import io.jenkins.plugins.deliverygates.performance.PerformanceGateStep;
import io.jenkins.plugins.deliverygates.quality.QualityGateBuilder;
import io.jenkins.plugins.deliverygates.quality.QualityGateStep;
import io.jenkins.plugins.deliverygates.security.SecurityDatabaseUpdateBuilder;
import io.jenkins.plugins.deliverygates.security.SecurityDatabaseUpdateStep;
import io.jenkins.plugins.deliverygates.security.SecurityScanBuilder;
import io.jenkins.plugins.deliverygates.security.SecurityScanStep;
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
    void theFreestyleFormShowsEveryGatesLabels(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("forms");
        project.getBuildersList().add(new QualityGateBuilder(new QualityGateStep()));
        project.getBuildersList().add(new SecurityScanBuilder(new SecurityScanStep()));
        project.getBuildersList().add(new SecurityDatabaseUpdateBuilder(new SecurityDatabaseUpdateStep()));
        project.getBuildersList().add(new LicenseGateBuilder(new LicenseGateStep()));
        project.getBuildersList().add(new ApiCompatibilityBuilder(new ApiCompatibilityStep()));
        project.getBuildersList().add(new PerformanceGateBuilder(new PerformanceGateStep()));

        String page = j.createWebClient().getPage(project, "configure").getWebResponse().getContentAsString();

        assertThat(page).contains("JaCoCo XML reports", "Fail when classes do not match the .exec data",
                "Maximum CVSS score", "SBOMs", "Components without a license", "New artifact",
                "what the job's delivery ledger says runs there", "JMH JSON results", "Threshold (%)",
                "Valid for (hours)");
        assertThat(page).doesNotContain("jacoco.title", "newArtifact.description", "checkbox.fail", "advanced.jacoco");
    }

    @Test
    void theGlobalSettingsShowTheSecurityScanLabels(JenkinsRule j) throws Exception {
        String page = j.createWebClient().goTo("manage/configure").getWebResponse().getContentAsString();

        assertThat(page).contains("Delivery Gates security scan", "Data directory on each agent",
                "of the agent's user", "NVD API key").doesNotContain("dataDirectory.title", "section.");
    }
}
