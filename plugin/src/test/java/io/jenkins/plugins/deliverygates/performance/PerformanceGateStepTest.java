package io.jenkins.plugins.deliverygates.performance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.deliverygates.common.GateStatus;
import io.deliverygates.performance.Verdict;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class PerformanceGateStepTest {
    private JenkinsRule j;
    private WorkflowJob job;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        job = j.createProject(WorkflowJob.class, "app");
    }

    private WorkflowRun build(String result, Result expected) throws Exception {
        Results.install(j.jenkins.getWorkspaceFor(job), result, "jmh-result.json");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  def r = performanceGate(jmh: 'jmh-result.json')\n"
                + "  echo \"after the gate: status=${r.status} verdict=${r.rows[0].verdict} ratio=${r.rows[0].ratio}\"\n"
                + "}", true));
        return j.buildAndAssertStatus(expected, job);
    }

    @Test
    void theFirstBuildIsStoredAndTheSameCodeThenPassesWithItsInterval() throws Exception {
        WorkflowRun first = build(Results.SAME_1, Result.SUCCESS);
        j.assertLogContains("Performance gate: no reference build", first);
        j.assertLogContains("after the gate: status=PASSED verdict=NO_REFERENCE", first);

        WorkflowRun second = build(Results.SAME_2, Result.SUCCESS);

        PerformanceGateAction action = second.getAction(PerformanceGateAction.class);
        assertThat(action.getReferenceBuildId()).isEqualTo(first.getExternalizableId());
        assertThat(action.getRows()).singleElement().satisfies(row -> {
            assertThat(row.getVerdict()).isEqualTo(Verdict.UNCHANGED.name());
            assertThat(row.getInterval()).startsWith("[0.");
        });
        assertThat(action.getSummary().benchmarks()).singleElement()
                .satisfies(benchmark -> assertThat(benchmark.sampleCount()).isEqualTo(12));
    }

    @Test
    void aRealSlowdownFailsTheBuildWithTheRatioAndTheScriptStops() throws Exception {
        build(Results.SAME_1, Result.SUCCESS);

        WorkflowRun slow = build(Results.SLOW, Result.FAILURE);

        j.assertLogContains("Performance gate FAILED: io.deliverygates.bench.perf.GateWorkloadBenchmark.mix: "
                + "regression: ratio 1.", slow);
        j.assertLogNotContains("after the gate", slow);
        assertThat(slow.getAction(PerformanceGateAction.class).getStatus()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void aRegressionSetToUnstableMarksTheBuildUnstableAndTheScriptGoesOn() throws Exception {
        build(Results.SAME_1, Result.SUCCESS);
        Results.install(j.jenkins.getWorkspaceFor(job), Results.SLOW, "jmh-result.json");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  def r = performanceGate(jmh: 'jmh-result.json', regression: 'unstable', threshold: 10)\n"
                + "  echo \"after the gate: ${r.status}\"\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("after the gate: UNSTABLE", run);
    }

    @Test
    void readsTheResultsOnTheAgentThatHasTheWorkspace() throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get("remote"));
        Results.install(agent.getWorkspaceFor(job), Results.JMETER_SLOW, "results.jtl");
        job.setDefinition(new CpsFlowDefinition("node('remote') {\n"
                + "  def r = performanceGate(jmeter: 'results.jtl', maxP95: 1000, maxErrorRate: 10)\n"
                + "  echo \"on ${env.NODE_NAME}: ${r.status} ${r.rows.size()} rows\"\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        // two labels: no reference row and two limit rows each
        j.assertLogContains("on " + agent.getNodeName() + ": PASSED 6 rows", run);
    }

    /** Runs {@code performanceGate(ARGUMENTS)} alone, expecting the build to fail. */
    private WorkflowRun failing(String arguments) throws Exception {
        job.setDefinition(new CpsFlowDefinition("node { performanceGate(" + arguments + ") }", true));
        return j.buildAndAssertStatus(Result.FAILURE, job);
    }

    @Test
    void aMissingResultFileFailsNamingItWithoutStackTrace() throws Exception {
        WorkflowRun run = failing("jmh: 'build/missing.json'");

        j.assertLogContains("build/missing.json", run);
        j.assertLogNotContains("\tat io.deliverygates", run);
        assertThat(run.getAction(PerformanceGateAction.class)).isNull();
    }

    @Test
    void aResultOutsideTheWorkspaceIsRefused() throws Exception {
        WorkflowRun run = failing("jmh: '../../secrets/master.key'");

        j.assertLogContains("jmh: '../../secrets/master.key' is outside the workspace", run);
    }

    @Test
    void noResultsAndBadSettingsNameTheirParameter() throws Exception {
        j.assertLogContains("no result files given", failing("threshold: 5"));
        j.assertLogContains("confidence: is 1.5", failing("jmh: 'x.json', confidence: 1.5"));
        j.assertLogContains("method: 'magic' is not one of", failing("jmh: 'x.json', method: 'magic'"));
    }
}
