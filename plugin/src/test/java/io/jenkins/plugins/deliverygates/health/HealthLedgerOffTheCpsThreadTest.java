package io.jenkins.plugins.deliverygates.health;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.jenkins.plugins.deliverygates.promotion.HeldLedgerLock;
import io.jenkins.plugins.deliverygates.promotion.DeliveryEvents;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.steps.input.InputAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The rollback's record and the record of a stopped analysis wait for the ledger's lock off the CPS VM thread. */
@WithJenkins
class HealthLedgerOffTheCpsThreadTest {
    @RegisterExtension
    final HealthService service = new HealthService();

    @Test
    void theRollbackIsRecordedOffTheCpsThread(JenkinsRule j) throws Exception {
        service.status.set(503);
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition("node { healthRollback(url: '" + service.url()
                + "', interval: '20ms', count: 1) { input 'rolled back?' } }", true));
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("rolled back?", run);

        try (HeldLedgerLock lock = HeldLedgerLock.of(job)) {
            run.getAction(InputAction.class).getExecutions().get(0).proceed(null);
            assertThat(lock.blockedWriter()).doesNotContain("CpsFlowExecution");
        }

        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(run));
        j.assertLogContains("(rolled back)", run);
        // The successful rollback restores service, so it resolves the incident (docs/promotion-and-rollback.md).
        assertThat(DeliveryEvents.of(job)).extracting(LedgerEvent::type)
                .containsExactly(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED, EventType.ROLLBACK,
                        EventType.INCIDENT_RESOLVED);
    }

    @Test
    void aStoppedAnalysisIsRecordedOffTheCpsThread(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition("node { healthRollback(url: '" + service.url()
                + "', interval: '1h', count: 2) { echo 'ROLLING BACK' } }", true));
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("PASSED HTTP 200", run);

        try (HeldLedgerLock lock = HeldLedgerLock.of(job)) {
            run.doStop();
            assertThat(lock.blockedWriter()).doesNotContain("CpsFlowExecution");
        }

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(run));
        assertThat(DeliveryEvents.of(job)).extracting(LedgerEvent::outcome)
                .containsExactly(io.deliverygates.ledger.Outcome.ABORTED);
    }
}
