package io.jenkins.plugins.deliverygates.health;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.common.InputException;
import io.deliverygates.health.AnalysisState;
import io.deliverygates.health.DeploymentRef;
import io.deliverygates.health.HealthGuard;
import io.deliverygates.health.IncidentBook;
import io.deliverygates.health.Measurement;
import io.deliverygates.health.ProbeSpec;
import io.deliverygates.health.Verdict;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import io.jenkins.plugins.deliverygates.BackgroundWork;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Drives the engine's {@link AnalysisState} with {@link Timer}: no thread waits between measurements. Every piece
 * of work that may block — reading the ledger, a measurement, recording the verdict or the rollback — runs on
 * {@link BackgroundWork}'s threads, never on the CPS VM thread. Each measurement runs on the agent of the enclosing
 * {@code node} (or, for an allow-listed URL outside any node, on the controller): see {@link ProbeSite}.
 *
 * <p>{@link #phase} says where the step stands and is saved with the program after every change, so that after a
 * controller restart {@link #onResume} continues exactly there: preparing, measuring, concluding, or recording the
 * rollback's end. A restart may come after a record was written but before the step could note it: so each ledger
 * event's id is chosen and saved before it is written, and writing it again after the restart writes nothing
 * ({@link IncidentBook} skips an id the ledger holds). The rollback's end is noted when the body ends, so its
 * duration and the incident's resolution do not count the restart. All mutable state is guarded by {@code this}.
 */
final class HealthRollbackExecution extends StepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(HealthRollbackExecution.class.getName());

    /** Where the step stands. */
    enum Phase {
        /** Finding the deployment in the ledger (background). */
        PREPARING,
        /** Taking measurements on a timer. */
        ANALYSING,
        /** A verdict is reached: recording it, then ending or rolling back (background). */
        CONCLUDING,
        /** The rollback body runs; {@link RollbackCallback} reports its end. */
        ROLLING_BACK,
        /** Recording the rollback's end (background). */
        ENDING_ROLLBACK,
        /** Stopped while analysing: recording the ABORTED verdict (background), then failing with the cause. */
        STOPPING,
        /** The step has ended. */
        DONE
    }

    private final transient HealthRollbackStep step;
    /** The probe without secret headers (those come from the credential for each new probe). */
    private ProbeSpec probeSpec;
    private String credentialsId;
    private String headerName;
    private String headerPrefix;
    private boolean rollbackOnInconclusive;
    /** True: probes run on the agent of the enclosing node; false: on the controller (allow-listed URL). */
    private boolean onAgent;
    private String environment;
    private String version;
    private String deploymentId;

    private Phase phase = Phase.PREPARING;
    private DeploymentRef deployment;
    private AnalysisState state;
    private boolean verdictRecorded;
    /** The id of the HEALTH_CHECKED event, chosen (and saved) before it is written. */
    private String verdictEventId;
    /** When the verdict was reached: the time of its events, even when a restart delays writing them. */
    private Instant verdictAt;
    private String failure;
    private Instant rollbackStarted;
    private Instant rollbackEnded;
    /** The id of the ROLLBACK event, chosen (and saved) before it is written. */
    private String rollbackEventId;
    private Outcome rollbackOutcome;
    private String rollbackError;
    /** Why the step was stopped, while its ABORTED verdict is being recorded. */
    private Throwable stopCause;

    private transient ProbeSpec withSecret;
    private transient ScheduledFuture<?> task;

    HealthRollbackExecution(HealthRollbackStep step, StepContext context) {
        super(context);
        this.step = step;
    }

    /** Checks the parameters and where the probes may run (no I/O here: this is the CPS VM thread). */
    @Override
    public boolean start() throws Exception {
        // The parameters are set once, here, before any other thread sees this execution; they need no lock.
        FilePath workspace = getContext().get(FilePath.class);
        AnalysisState first;
        try {
            probeSpec = step.probeSpec();
            first = AnalysisState.start(step.analysisSpec(), Clock.systemUTC().instant());
        } catch (InputException e) {
            throw new AbortException(e.getMessage());
        }
        onAgent = workspace != null;
        if (!onAgent && !HealthProbeSettings.get().allowsOnController(probeSpec.url())) {
            throw new AbortException(Messages.HealthRollback_NeedsNode(probeSpec.url()));
        }
        credentialsId = step.getCredentialsId();
        headerName = step.getHeaderName();
        headerPrefix = step.getHeaderPrefix();
        rollbackOnInconclusive = step.isRollbackOnInconclusive();
        environment = step.getEnvironment();
        version = step.getVersion();
        deploymentId = step.getDeploymentId();
        synchronized (this) {
            state = first;
        }
        BackgroundWork.submit(this::prepare);
        return false;
    }

    @Override
    public void onResume() {
        Phase now;
        synchronized (this) {
            now = phase;
        }
        switch (now) {
            case PREPARING -> BackgroundWork.submit(this::prepare);
            case ANALYSING -> schedule();
            case CONCLUDING -> BackgroundWork.submit(this::conclude);
            case ENDING_ROLLBACK -> BackgroundWork.submit(this::endRollback);
            case STOPPING -> BackgroundWork.submit(this::endStopped);
            default -> {
                // ROLLING_BACK: the body resumes by itself and its callback ends the step; DONE: nothing left
            }
        }
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        synchronized (this) {
            if (task != null) {
                task.cancel(false);
            }
            if (phase == Phase.ROLLING_BACK || phase == Phase.ENDING_ROLLBACK) {
                return; // the interrupt reaches the body, and its callback ends the step
            }
            if (phase == Phase.DONE) {
                return;
            }
            boolean analysing = phase == Phase.ANALYSING && deployment != null;
            if (!analysing) { // nothing to record (or, when stopped again while STOPPING, no more waiting for it)
                phase = Phase.DONE;
                getContext().onFailure(cause);
                return;
            }
            // Kept with the program: a restart before the verdict is recorded records it and ends the step then.
            phase = Phase.STOPPING;
            state = state.abort("stopped: " + cause);
            verdictEventId = UUID.randomUUID().toString();
            verdictAt = Clock.systemUTC().instant();
            stopCause = cause;
        }
        getContext().saveState();
        BackgroundWork.submit(this::endStopped);
    }

    /** Background: records the ABORTED verdict of a stopped analysis, then fails the step with the stop's cause. */
    private void endStopped() {
        persist(); // the verdict's id is kept before the verdict is written
        Verdict aborted;
        Throwable cause;
        synchronized (this) {
            if (phase != Phase.STOPPING) {
                return;
            }
            aborted = state.verdict().orElseThrow();
            cause = stopCause;
        }
        try {
            record(aborted);
        } catch (IOException | InterruptedException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        fail(cause);
    }

    @Override
    public synchronized String getStatus() {
        return switch (phase) {
            case PREPARING -> Messages.HealthRollback_StatusPreparing();
            case ANALYSING -> Messages.HealthRollback_StatusAnalysing(state.measurements().size());
            case CONCLUDING -> Messages.HealthRollback_StatusConcluding();
            case ROLLING_BACK -> Messages.HealthRollback_StatusRollingBack();
            case ENDING_ROLLBACK -> Messages.HealthRollback_StatusEndingRollback();
            case STOPPING -> Messages.HealthRollback_StatusStopping();
            case DONE -> Messages.HealthRollback_StatusDone();
        };
    }

    /** Background: finds the deployment judged (reads the whole ledger), then starts measuring. */
    private void prepare() {
        try {
            Run<?, ?> run = getContext().get(Run.class);
            DeploymentRef found;
            BuildPromotion promoted = BuildPromotion.resolve(JobLedger.of(run.getParent()).events(), run,
                    environment, version, deploymentId);
            found = promoted.deployment();
            synchronized (this) {
                if (phase != Phase.PREPARING) {
                    return;
                }
                deployment = found;
                phase = Phase.ANALYSING;
            }
            TaskListener listener = listener();
            if (promoted.note() != null) {
                listener.getLogger().println(promoted.note());
            }
            if (!probeSpec.verifyTls() && "https".equalsIgnoreCase(probeSpec.url().getScheme())) {
                listener.getLogger().println(Messages.HealthRollback_Warning(
                        Messages.HealthRollback_NoTlsVerification(probeSpec.url())));
            }
            // With the credential's header, masked: also fails the step here when the credential is missing.
            listener.getLogger().println(Messages.HealthRollback_Analysing(probe(), describe(found),
                    onAgent ? Messages.HealthRollback_OnAgent(agentName()) : Messages.HealthRollback_OnController()));
            getContext().saveState();
            schedule();
        } catch (InputException e) {
            fail(new AbortException(e.getMessage()));
        } catch (IOException | InterruptedException | RuntimeException e) {
            fail(e);
        }
    }

    private synchronized void schedule() {
        if (phase != Phase.ANALYSING) {
            return;
        }
        long delay = state.delayUntilNextMeasurement(Clock.systemUTC().instant()).toMillis();
        // The timer only starts the measurement; the request itself may block up to the timeout.
        task = Timer.get().schedule(() -> BackgroundWork.submit(this::measure), delay, TimeUnit.MILLISECONDS);
    }

    /** Background: one measurement, then the next one or the conclusion. */
    private void measure() {
        try {
            Measurement measurement = takeMeasurement();
            boolean concluded;
            synchronized (this) {
                if (phase != Phase.ANALYSING) {
                    return;
                }
                state = state.next(measurement);
                concluded = state.verdict().isPresent();
                if (concluded) {
                    phase = Phase.CONCLUDING;
                    verdictEventId = UUID.randomUUID().toString();
                    verdictAt = Clock.systemUTC().instant();
                }
            }
            listener().getLogger().println("  " + measurement.describe());
            if (concluded) {
                persist(); // the verdict's id is kept before the verdict is written
                conclude();
            } else {
                getContext().saveState();
                schedule();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private Measurement takeMeasurement() throws IOException, InterruptedException {
        ProbeSpec spec = probe();
        return onAgent ? ProbeSite.onAgent(getContext().get(FilePath.class), spec) : ProbeSite.onController(spec);
    }

    /** Background: records the verdict (once), then ends the step or starts the rollback body. */
    private void conclude() {
        Verdict verdict;
        boolean recorded;
        synchronized (this) {
            if (phase != Phase.CONCLUDING) {
                return;
            }
            verdict = state.verdict().orElseThrow();
            recorded = verdictRecorded;
        }
        try {
            if (!recorded) {
                listener().getLogger().println(verdict.explain());
                record(verdict);
                synchronized (this) {
                    verdictRecorded = true;
                }
                getContext().saveState();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            fail(e);
            return;
        }
        if (verdict.outcome() == Outcome.SUCCEEDED) {
            end();
            getContext().onSuccess(null);
            return;
        }
        String because = Messages.HealthRollback_Verdict(verdict.outcome(), verdict.reason());
        if (!HealthGuard.shouldRollBack(verdict.outcome(), rollbackOnInconclusive)) {
            fail(new AbortException(because));
            return;
        }
        if (!getContext().hasBody()) {
            fail(new AbortException(Messages.HealthRollback_NoRollbackBlock(because)));
            return;
        }
        DeploymentRef judged;
        synchronized (this) {
            phase = Phase.ROLLING_BACK;
            failure = because;
            rollbackStarted = Clock.systemUTC().instant();
            judged = deployment;
        }
        getContext().saveState();
        listener().getLogger().println(Messages.HealthRollback_RollingBack(describe(judged)));
        getContext().newBodyInvoker().withCallback(new RollbackCallback(this)).start();
    }

    /** From {@link RollbackCallback} on the CPS VM thread: keeps how the body ended, records it in background. */
    void rollbackEnded(Throwable error) {
        synchronized (this) {
            if (phase != Phase.ROLLING_BACK) {
                return;
            }
            phase = Phase.ENDING_ROLLBACK;
            rollbackEnded = Clock.systemUTC().instant();
            rollbackEventId = UUID.randomUUID().toString();
            rollbackOutcome = error == null ? Outcome.SUCCEEDED : Outcome.FAILED;
            rollbackError = error == null ? null : String.valueOf(error.getMessage());
        }
        getContext().saveState();
        BackgroundWork.submit(this::endRollback);
    }

    /**
     * Background: records the ROLLBACK event (at the body's end, not now: a restart may lie in between) and fails the
     * step with the verdict (a rolled-back deployment failed).
     */
    private void endRollback() {
        persist(); // the rollback's id and end, noted on the CPS VM thread, are kept before the rollback is written
        String because;
        String message;
        String stepFailure;
        Outcome outcome;
        Duration took;
        Instant ended;
        String eventId;
        DeploymentRef judged;
        synchronized (this) {
            if (phase != Phase.ENDING_ROLLBACK) {
                return;
            }
            because = failure;
            outcome = rollbackOutcome;
            if (rollbackEventId == null) { // saved by an older version of the plugin
                rollbackEnded = Clock.systemUTC().instant();
                rollbackEventId = UUID.randomUUID().toString();
            }
            ended = rollbackEnded;
            eventId = rollbackEventId;
            took = Duration.between(rollbackStarted, ended);
            judged = deployment;
            boolean succeeded = outcome == Outcome.SUCCEEDED;
            // The ledger's message stays English (it is data, read by tools); the build log's is localized.
            message = succeeded ? "rolled back after: " + because
                    : "the rollback failed (" + rollbackError + ") after: " + because;
            stepFailure = succeeded ? Messages.HealthRollback_RolledBack(because)
                    : Messages.HealthRollback_RollbackFailed(because, rollbackError);
        }
        try {
            Run<?, ?> run = getContext().get(Run.class);
            FileLedger ledger = JobLedger.of(run.getParent());
            new IncidentBook(ledger, ledger, Clock.fixed(ended, ZoneOffset.UTC)).recordRollback(judged,
                    JobLedger.buildRef(run), outcome, took, message, eventId);
        } catch (IOException | InterruptedException | RuntimeException e) {
            fail(e);
            return;
        }
        fail(new AbortException(stepFailure));
    }

    private void end() {
        synchronized (this) {
            phase = Phase.DONE;
        }
    }

    private void fail(Throwable error) {
        end();
        getContext().onFailure(error);
    }

    private void record(Verdict verdict) throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        FileLedger ledger = JobLedger.of(run.getParent());
        DeploymentRef judged;
        String eventId;
        Instant at;
        synchronized (this) {
            judged = deployment;
            if (verdictEventId == null) { // saved by an older version of the plugin
                verdictEventId = UUID.randomUUID().toString();
                verdictAt = Clock.systemUTC().instant();
            }
            eventId = verdictEventId;
            at = verdictAt;
        }
        new IncidentBook(ledger, ledger, Clock.fixed(at, ZoneOffset.UTC)).recordVerdict(judged,
                JobLedger.buildRef(run), verdict, probeSpec.url().toString(), eventId);
    }

    /**
     * Saves the program and waits until it is saved (a background thread only: the save runs on the CPS VM thread),
     * so that an id chosen for a ledger event survives a crash that comes after the event is written.
     */
    private void persist() {
        try {
            getContext().saveState().get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOGGER.log(Level.WARNING, "could not save the state of the health analysis", e);
        }
    }

    /** The probe, with the secret header from the credential; rebuilt after a restart (it is not saved). */
    private ProbeSpec probe() throws IOException, InterruptedException {
        synchronized (this) {
            if (withSecret != null) {
                return withSecret;
            }
        }
        ProbeSpec built = TokenHeader.addTo(probeSpec, getContext().get(Run.class), credentialsId, headerName,
                headerPrefix);
        synchronized (this) {
            withSecret = built;
        }
        return built;
    }

    private String agentName() {
        try {
            FilePath workspace = getContext().get(FilePath.class);
            hudson.model.Computer computer = workspace == null ? null : workspace.toComputer();
            String name = computer == null ? "" : computer.getName();
            return name.isEmpty() ? Messages.HealthRollback_BuiltIn() : name;
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private TaskListener listener() {
        try {
            return getContext().get(TaskListener.class);
        } catch (IOException | InterruptedException e) {
            LOGGER.log(Level.WARNING, "no build log for the health analysis", e);
            return TaskListener.NULL;
        }
    }

    static String describe(DeploymentRef deployment) {
        return deployment.environment()
                + (deployment.version() == null ? "" : Messages.HealthRollback_Version(deployment.version()))
                + (deployment.deploymentId() == null ? "" : Messages.HealthRollback_DeploymentId(
                        deployment.deploymentId()));
    }
}
