package io.jenkins.plugins.deliverygates.performance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.deliverygates.common.GateStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class PerformanceGateBuilderTest {
    private JenkinsRule j;
    private FreeStyleProject project;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        project = j.createFreeStyleProject("app");
    }

    private FreeStyleBuild build(String result, Result expected) throws Exception {
        Results.install(j.jenkins.getWorkspaceFor(project), result, "jmh-result.json");
        PerformanceGateStep gate = new PerformanceGateStep();
        gate.setJmh("jmh-result.json");
        project.getBuildersList().replace(new PerformanceGateBuilder(gate));
        return j.buildAndAssertStatus(expected, project);
    }

    @Test
    void comparesWithTheLastSuccessfulBuildAndFailsOnARealSlowdown() throws Exception {
        FreeStyleBuild first = build(Results.SAME_1, Result.SUCCESS);
        j.assertLogContains("Performance gate: PASSED (1 no reference)", first);

        FreeStyleBuild slow = build(Results.SLOW, Result.FAILURE);

        j.assertLogContains("Performance gate FAILED: ", slow);
        PerformanceGateAction action = slow.getAction(PerformanceGateAction.class);
        assertThat(action.getStatus()).isEqualTo(GateStatus.FAILED);
        assertThat(action.getReferenceBuildId()).isEqualTo(first.getExternalizableId());
        assertThat(action.getCounts()).isEqualTo("1 regression");
    }

    @Test
    void theFormRoundTripsEveryField() throws Exception {
        PerformanceGateStep gate = new PerformanceGateStep();
        gate.setJmh("build/*.json");
        gate.setThreshold(15.0);
        gate.setMissing("unstable");
        gate.setMaxP95(500.0);
        gate.setRequireReference(true);
        PerformanceGateBuilder builder = new PerformanceGateBuilder(gate);
        project.getBuildersList().replace(builder);

        j.configRoundtrip(project);

        j.assertEqualDataBoundBeans(builder, project.getBuildersList().get(PerformanceGateBuilder.class));
    }
}
