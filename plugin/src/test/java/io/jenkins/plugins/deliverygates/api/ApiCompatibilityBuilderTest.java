package io.jenkins.plugins.deliverygates.api;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.deliverygates.common.GateStatus;
import io.jenkins.plugins.deliverygates.promotion.PromotionFinishRecorder;
import io.jenkins.plugins.deliverygates.promotion.PromotionStartBuilder;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ApiCompatibilityBuilderTest {

    @Test
    void freestyleBuildGetsTheVerdictAndTheSummary(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("lib");
        ApiArtifacts.install(j.jenkins.getWorkspaceFor(project), ApiArtifacts.JAR_14, ApiArtifacts.JAR_15);
        ApiCompatibilityStep gate = new ApiCompatibilityStep();
        gate.setNewArtifact(ApiArtifacts.JAR_15);
        gate.setReference(ApiArtifacts.JAR_14);
        project.getBuildersList().add(new ApiCompatibilityBuilder(gate));

        FreeStyleBuild failed = j.buildAndAssertStatus(Result.FAILURE, project);
        j.assertLogContains("API compatibility: FAILED: 3 breaking change(s) need a major release", failed);
        assertThat(failed.getAction(ApiCompatibilityAction.class).getStatus()).isEqualTo(GateStatus.FAILED);

        gate.setAllowList("com.example.shop.client.*=2099-12-31:callers moved to Duration (ADR-12)");
        FreeStyleBuild allowed = j.buildAndAssertSuccess(project);
        assertThat(allowed.getAction(ApiCompatibilityAction.class).getSummary().allowed()).isEqualTo(3);
    }

    @Test
    void freestylePromotionRecordsTheArtifactTheBuilderComparesWith(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("api");
        ApiArtifacts.install(j.jenkins.getWorkspaceFor(project), ApiArtifacts.SPEC_10, ApiArtifacts.SPEC_20);
        PromotionStartBuilder start = new PromotionStartBuilder("production", "1.0.0");
        start.setEnvironments("production");
        start.setArtifact(ApiArtifacts.SPEC_10);
        project.getBuildersList().add(start);
        project.getPublishersList().add(new PromotionFinishRecorder());
        j.buildAndAssertSuccess(project);

        project.getBuildersList().clear();
        project.getPublishersList().clear();
        ApiCompatibilityStep gate = new ApiCompatibilityStep();
        gate.setNewArtifact(ApiArtifacts.SPEC_20);
        gate.setNewVersion("1.1.0");
        project.getBuildersList().add(new ApiCompatibilityBuilder(gate));
        FreeStyleBuild failed = j.buildAndAssertStatus(Result.FAILURE, project);
        j.assertLogContains("reference: petstore-1.0.yaml 1.0.0 in production (deployment ", failed);
        j.assertLogContains("23 breaking change(s) need a major release, but 1.0.0 -> 1.1.0 is a minor release",
                failed);
    }

    @Test
    void configurationRoundTrips(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("lib");
        ApiCompatibilityStep gate = new ApiCompatibilityStep();
        gate.setNewArtifact("target/app.jar");
        gate.setVersioning("strict");
        gate.setAllowList("com.example.*=2099-12-31:why");
        gate.setAllowNoProduction(true);
        ApiCompatibilityBuilder builder = new ApiCompatibilityBuilder(gate);
        project.getBuildersList().add(builder);

        j.configRoundtrip(project);

        j.assertEqualDataBoundBeans(builder, project.getBuildersList().get(ApiCompatibilityBuilder.class));
    }
}
