package io.jenkins.plugins.deliverygates.quality;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A FAILED gate only throws: the build result stays for whoever catches the failure to decide (a result once set
 * to FAILURE can never be made better, so setting it first would defeat {@code catchError} and {@code try}).
 */
@WithJenkins
class FailedGateCanBeCaughtTest {
    @Test
    void catchErrorDowngradesAFailedGateToUnstable(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "app");
        Reports.install(j.jenkins, job, Reports.COVERAGE_PY);
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  catchError(buildResult: 'UNSTABLE', stageResult: 'UNSTABLE') {\n"
                + "    qualityGate(cobertura: 'coverage.xml', conditions: ['line>=80'])\n"
                + "  }\n"
                + "  try {\n"
                + "    qualityGate(cobertura: 'coverage.xml', conditions: ['line>=80'])\n"
                + "  } catch (e) {\n"
                + "    echo \"caught: ${e.message}\"\n"
                + "  }\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("Quality gate FAILED: line coverage 69.23%", run);
        j.assertLogContains("caught: Quality gate FAILED", run);
    }
}
