package io.jenkins.plugins.deliverygates.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A restart while {@code promote} is still recording the start (its background thread waits for the ledger's lock)
 * ends the step with a clear reason after the restart, and leaves no open deployment in the ledger.
 */
class PromoteRestartWindowTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void aStartCutShortByARestartEndsTheStepWithTheReason() throws Throwable {
        AtomicReference<HeldLedgerLock> held = new AtomicReference<>();
        try {
            sessions.then(j -> {
                WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
                job.setDefinition(new CpsFlowDefinition(
                        "promote(to: 'dev', version: '1.0') { echo 'deploying' }", true));
                held.set(HeldLedgerLock.of(job));
                WorkflowRun run = job.scheduleBuild2(0).waitForStart();
                held.get().blockedWriter(); // the start waits for the lock: the restart comes now
                j.waitForMessage("[Pipeline] promote", run);
            });
            sessions.then(j -> {
                WorkflowRun run = j.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
                j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(run));
                j.assertLogContains("the controller restarted before the deployment of 1.0 to dev ran", run);
                j.assertLogNotContains("deploying", run);
                assertEquals(List.of(), DeliveryEvents.of(run.getParent()));
            });
        } finally {
            if (held.get() != null) {
                held.get().close();
            }
        }
    }
}
