package io.jenkins.plugins.deliverygates.health;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.jenkins.plugins.deliverygates.promotion.DeliveryEvents;
import io.jenkins.plugins.deliverygates.promotion.HeldLedgerLock;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.support.steps.input.InputAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A controller restart at each moment of {@code healthRollback} where work is under way in a background thread: the
 * step still ends with the right result, and the ledger holds every record exactly once — none lost, none twice.
 * The old Jenkins' background thread is pinned where the restart cuts it ({@link HeldMonitor}, or an abandoned
 * {@link HeldLedgerLock}), so it never goes on, as after a real restart (the sessions share one JVM).
 */
class HealthRollbackRestartWindowTest {
    private static final String JOB = "deploy";

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void aMeasurementTakenButNotKeptIsTakenAgain() throws Throwable {
        try (HealthService service = new HealthService()) {
            sessions.then(j -> {
                WorkflowRun run = start(j, service, "interval: '1s', count: 2", "echo 'ROLLING BACK'");
                HealthService.Pause second = service.pause(2);
                second.awaitArrival();
                HeldMonitor monitor = HeldMonitor.holdForever(execution(run)); // the answer comes, the state stays
                second.release();
                monitor.awaitBlockedIn("measure");
            });
            sessions.then(j -> {
                WorkflowRun run = run(j);
                j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));
                j.assertLogContains("(2 passed, 0 failed, 0 errored)", run);
                j.assertLogNotContains("ROLLING BACK", run);
                assertThat(service.requests.get()).as("the lost measurement is taken again").isEqualTo(3);
                assertThat(counts(run)).isEqualTo(Map.of(EventType.DEPLOYMENT_STARTED, 1L,
                        EventType.HEALTH_CHECKED, 1L, EventType.DEPLOYMENT_FINISHED, 1L));
            });
        }
    }

    @Test
    void aVerdictCutShortBeforeItIsRecordedIsRecordedAfterTheRestart() throws Throwable {
        try (HealthService service = new HealthService()) {
            service.status.set(503);
            AtomicReference<Instant> decidedBefore = new AtomicReference<>();
            sessions.then(j -> {
                WorkflowRun run = start(j, service, "initialDelay: '2s', count: 1", "echo 'ROLLING BACK'");
                HeldLedgerLock lock = HeldLedgerLock.of(run.getParent());
                lock.blockedWriter(); // the verdict waits for the ledger
                decidedBefore.set(Instant.now());
                lock.abandon();
            });
            sessions.then(j -> {
                WorkflowRun run = run(j);
                assertRolledBackOnce(j, run);
                List<LedgerEvent> events = JobLedger.of(run.getParent()).events();
                assertThat(only(events, EventType.INCIDENT_OPENED).time()).as("when the service failed, not later")
                        .isBeforeOrEqualTo(decidedBefore.get());
                assertThat(only(events, EventType.HEALTH_CHECKED).time()).isBeforeOrEqualTo(decidedBefore.get());
            });
        }
    }

    @Test
    void aVerdictRecordedJustBeforeTheRestartIsNotRecordedAgain() throws Throwable {
        try (HealthService service = new HealthService()) {
            service.status.set(503);
            sessions.then(j -> {
                WorkflowRun run = start(j, service, "initialDelay: '2s', count: 1", "echo 'ROLLING BACK'");
                HeldMonitor monitor;
                try (HeldLedgerLock lock = HeldLedgerLock.of(run.getParent())) {
                    lock.blockedWriter(); // the verdict waits for the ledger
                    monitor = HeldMonitor.holdForever(execution(run)); // once written, the step cannot note it
                }
                monitor.awaitBlockedIn("conclude");
                assertThat(counts(run)).containsEntry(EventType.HEALTH_CHECKED, 1L);
            });
            sessions.then(j -> assertRolledBackOnce(j, run(j)));
        }
    }

    @Test
    void aRollbackRunningDuringTheRestartIsRecordedOnce() throws Throwable {
        try (HealthService service = new HealthService()) {
            service.status.set(503);
            sessions.then(j -> {
                WorkflowRun run = start(j, service, "count: 1", "echo 'ROLLING BACK'; input 'rolled back?'");
                j.waitForMessage("rolled back?", run);
            });
            sessions.then(j -> {
                WorkflowRun run = run(j);
                j.waitForMessage("rolled back?", run);
                run.getAction(InputAction.class).getExecutions().get(0).proceed(null);
                assertRolledBackOnce(j, run);
            });
        }
    }

    @Test
    void aRollbackThatEndedBeforeTheRestartIsRecordedWithItsOwnDuration() throws Throwable {
        try (HealthService service = new HealthService()) {
            service.status.set(503);
            AtomicReference<Instant> endedBefore = new AtomicReference<>();
            sessions.then(j -> {
                WorkflowRun run = start(j, service, "count: 1", "echo 'ROLLING BACK'; input 'rolled back?'");
                j.waitForMessage("rolled back?", run);
                HeldLedgerLock lock = HeldLedgerLock.of(run.getParent());
                run.getAction(InputAction.class).getExecutions().get(0).proceed(null);
                lock.blockedWriter(); // the rollback's end waits for the ledger
                endedBefore.set(Instant.now());
                lock.abandon();
            });
            sessions.then(j -> {
                WorkflowRun run = run(j);
                assertRolledBackOnce(j, run);
                List<LedgerEvent> events = JobLedger.of(run.getParent()).events();
                Instant opened = only(events, EventType.INCIDENT_OPENED).time();
                Duration took = only(events, EventType.ROLLBACK).duration();
                assertThat(took).as("the rollback's time, not the restart's")
                        .isLessThanOrEqualTo(Duration.between(opened, endedBefore.get()));
            });
        }
    }

    @Test
    void aRollbackRecordedJustBeforeTheRestartIsNotRecordedAgain() throws Throwable {
        try (HealthService service = new HealthService()) {
            service.status.set(503);
            sessions.then(j -> {
                WorkflowRun run = start(j, service, "count: 1", "echo 'ROLLING BACK'; input 'rolled back?'");
                j.waitForMessage("rolled back?", run);
                HeldMonitor monitor;
                try (HeldLedgerLock lock = HeldLedgerLock.of(run.getParent())) {
                    run.getAction(InputAction.class).getExecutions().get(0).proceed(null);
                    lock.blockedWriter(); // the rollback's end waits for the ledger
                    monitor = HeldMonitor.holdForever(execution(run)); // once written, the step cannot end
                }
                monitor.awaitBlockedIn("end");
                assertThat(counts(run)).containsEntry(EventType.ROLLBACK, 1L);
            });
            sessions.then(j -> assertRolledBackOnce(j, run(j)));
        }
    }

    @Test
    void aStoppedAnalysisCutShortByARestartEndsAfterIt() throws Throwable {
        try (HealthService service = new HealthService()) {
            sessions.then(j -> {
                WorkflowRun run = start(j, service, "interval: '1h', count: 2", "echo 'ROLLING BACK'");
                j.waitForMessage("PASSED HTTP 200", run);
                HeldLedgerLock lock = HeldLedgerLock.of(run.getParent());
                run.doStop();
                lock.blockedWriter(); // the stopped analysis' verdict waits for the ledger
                lock.abandon();
            });
            sessions.then(j -> {
                WorkflowRun run = run(j);
                Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
                while (run.isBuilding() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
                assertThat(run.isBuilding()).as("the build ends after the restart").isFalse();
                j.assertBuildStatus(Result.ABORTED, run);
                j.assertLogNotContains("ROLLING BACK", run);
                assertThat(counts(run)).isEqualTo(Map.of(EventType.DEPLOYMENT_STARTED, 1L,
                        EventType.HEALTH_CHECKED, 1L, EventType.DEPLOYMENT_FINISHED, 1L));
                assertThat(only(JobLedger.of(run.getParent()).events(), EventType.HEALTH_CHECKED).outcome())
                        .isEqualTo(Outcome.ABORTED);
            });
        }
    }

    /** Starts a build that promotes 1.0 to dev and analyses it with {@code parameters}, rolling back with {@code body}. */
    private static WorkflowRun start(JenkinsRule j, HealthService service, String parameters, String body)
            throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, JOB);
        job.setDefinition(new CpsFlowDefinition("promote(to: 'dev', version: '1.0') { node { healthRollback(url: '"
                + service.url() + "', " + parameters + ") { " + body + " } } }", true));
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("for dev version 1.0", run);
        return run;
    }

    private static WorkflowRun run(JenkinsRule j) {
        return j.jenkins.getItemByFullName(JOB, WorkflowJob.class).getBuildByNumber(1);
    }

    private static HealthRollbackExecution execution(WorkflowRun run) throws Exception {
        for (StepExecution execution : run.getExecution().getCurrentExecutions(true).get()) {
            if (execution instanceof HealthRollbackExecution health) {
                return health;
            }
        }
        throw new AssertionError("no healthRollback running in " + run);
    }

    private static void assertRolledBackOnce(JenkinsRule j, WorkflowRun run) throws Exception {
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(run));
        j.assertLogContains("(rolled back)", run);
        assertThat(counts(run)).isEqualTo(Map.of(EventType.DEPLOYMENT_STARTED, 1L, EventType.HEALTH_CHECKED, 1L,
                EventType.INCIDENT_OPENED, 1L, EventType.ROLLBACK, 1L, EventType.INCIDENT_RESOLVED, 1L,
                EventType.DEPLOYMENT_FINISHED, 1L));
    }

    /** How many events of each type the ledger holds (but the build's own end, written in background). */
    private static Map<EventType, Long> counts(WorkflowRun run) throws Exception {
        return DeliveryEvents.of(run.getParent()).stream()
                .collect(Collectors.groupingBy(LedgerEvent::type, Collectors.counting()));
    }

    private static LedgerEvent only(List<LedgerEvent> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).reduce((a, b) -> {
            throw new AssertionError("two " + type);
        }).orElseThrow(() -> new AssertionError("no " + type));
    }

}
