package io.jenkins.plugins.deliverygates.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.steps.input.InputAction;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Ledger writes wait for the ledger's lock: the thread that waits must never be the CPS VM thread. */
@WithJenkins
class PromoteOffTheCpsThreadTest {
    @Test
    void theEndOfTheDeploymentIsRecordedOffTheCpsThread(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(
                "promote(to: 'dev', version: '1.0') { input 'deployed?' }", true));
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("deployed?", run);

        try (HeldLedgerLock lock = HeldLedgerLock.of(job)) {
            run.getAction(InputAction.class).getExecutions().get(0).proceed(null);
            assertThat(lock.blockedWriter()).doesNotContain("CpsFlowExecution");
        }

        j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));
        j.assertLogContains("Recorded the deployment of 1.0 to dev: SUCCEEDED", run);
    }
}
