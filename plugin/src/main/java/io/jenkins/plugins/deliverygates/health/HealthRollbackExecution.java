package io.jenkins.plugins.deliverygates.health;

import hudson.AbortException;
import hudson.model.Computer;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.common.InputException;
import io.deliverygates.health.AnalysisState;
import io.deliverygates.health.DeploymentRef;
import io.deliverygates.health.HealthGuard;
import io.deliverygates.health.HttpProbe;
import io.deliverygates.health.IncidentBook;
import io.deliverygates.health.Measurement;
import io.deliverygates.health.ProbeSpec;
import io.deliverygates.health.Verdict;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.DeploymentHistory;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Drives the engine's {@link AnalysisState} with {@link Timer}: no thread waits between measurements, each
 * measurement runs on a pooled thread, and the state is saved after each one so that after a controller restart
 * {@link #onResume} continues where the analysis stood. Probes run from the controller.
 */
final class HealthRollbackExecution extends StepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(HealthRollbackExecution.class.getName());

    private final transient HealthRollbackStep step;
    /** The probe without secret headers (those come from the credential for each new probe). */
    private ProbeSpec probeSpec;
    private String credentialsId;
    private String headerName;
    private String headerPrefix;
    private boolean rollbackOnInconclusive;
    private DeploymentRef deployment;
    private AnalysisState state;
    private boolean finished;

    private transient HttpProbe probe;
    private transient volatile ScheduledFuture<?> task;

    HealthRollbackExecution(HealthRollbackStep step, StepContext context) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        try {
            // Measurements run on other threads and read these fields under this object's lock.
            probeSpec = step.probeSpec();
            rollbackOnInconclusive = step.isRollbackOnInconclusive();
            synchronized (this) {
                state = AnalysisState.start(step.analysisSpec(), Clock.systemUTC().instant());
                credentialsId = step.getCredentialsId();
                headerName = step.getHeaderName();
                headerPrefix = step.getHeaderPrefix();
            }
            Run<?, ?> run = getContext().get(Run.class);
            deployment = DeploymentRef.find(new DeploymentHistory(JobLedger.of(run.getParent()).events()),
                    step.getEnvironment(), step.getVersion(), step.getDeploymentId(), "deploymentId");
            HttpProbe first = probe();
            TaskListener listener = listener();
            first.warnings().forEach(warning -> listener.getLogger().println("WARNING: " + warning));
            listener.getLogger().println("Analysing " + first.spec() + " for " + describe(deployment));
        } catch (InputException e) {
            throw new AbortException(e.getMessage());
        }
        schedule();
        return false;
    }

    @Override
    public void onResume() {
        boolean done;
        synchronized (this) {
            done = finished;
        }
        if (!done) {
            schedule();
        }
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        ScheduledFuture<?> pending = task;
        if (pending != null) {
            pending.cancel(false);
        }
        AnalysisState aborted;
        synchronized (this) {
            if (state == null) {
                super.stop(cause);
                return;
            }
            if (finished) {
                // The rollback body is running: the interrupt reaches it, and its callback ends the step.
                return;
            }
            finished = true;
            state = state.abort("stopped: " + cause);
            aborted = state;
        }
        record(aborted.verdict().orElseThrow());
        super.stop(cause);
    }

    @Override
    public synchronized String getStatus() {
        AnalysisState current = state;
        return current == null ? "starting" : finished ? "finished" : "analysing, " + current.measurements().size()
                + " measurements so far";
    }

    private void schedule() {
        AnalysisState current;
        synchronized (this) {
            current = state;
        }
        long delay = current.delayUntilNextMeasurement(Clock.systemUTC().instant()).toMillis();
        // The timer only starts the measurement; the request itself may block up to the timeout, so it runs on
        // a pooled thread instead of occupying the shared timer.
        task = Timer.get().schedule(() -> Computer.threadPoolForRemoting.submit(this::measure), delay,
                TimeUnit.MILLISECONDS);
    }

    private void measure() {
        try {
            Measurement measurement = probe().measure();
            AnalysisState next;
            synchronized (this) {
                if (finished) {
                    return;
                }
                state = state.next(measurement);
                next = state;
                finished = next.verdict().isPresent();
            }
            listener().getLogger().println("  " + measurement.describe());
            getContext().saveState();
            if (next.verdict().isPresent()) {
                conclude(next.verdict().get());
            } else {
                schedule();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            getContext().onFailure(e);
        } catch (Exception e) {
            getContext().onFailure(e);
        }
    }

    private void conclude(Verdict verdict) throws IOException, InterruptedException {
        listener().getLogger().println(verdict.explain());
        record(verdict);
        if (verdict.outcome() == Outcome.SUCCEEDED) {
            getContext().onSuccess(null);
            return;
        }
        String failure = "Health analysis " + verdict.outcome() + ": " + verdict.reason();
        if (!HealthGuard.shouldRollBack(verdict.outcome(), rollbackOnInconclusive)) {
            getContext().onFailure(new AbortException(failure));
            return;
        }
        if (!getContext().hasBody()) {
            getContext().onFailure(new AbortException(failure + " (no rollback block given)"));
            return;
        }
        listener().getLogger().println("Rolling back " + describe(deployment));
        getContext().newBodyInvoker()
                .withCallback(new RollbackCallback(deployment, failure, Clock.systemUTC().instant()))
                .start();
    }

    private void record(Verdict verdict) throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        FileLedger ledger = JobLedger.of(run.getParent());
        new IncidentBook(ledger, ledger, Clock.systemUTC())
                .recordVerdict(deployment, JobLedger.buildRef(run), verdict, probeSpec.url().toString());
    }

    /** The probe, with the secret header from the credential; rebuilt after a restart (it is not saved). */
    private synchronized HttpProbe probe() throws IOException, InterruptedException {
        if (probe == null) {
            probe = new HttpProbe(TokenHeader.addTo(probeSpec, getContext().get(Run.class), credentialsId, headerName,
                    headerPrefix), Clock.systemUTC());
        }
        return probe;
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
        return deployment.environment() + (deployment.version() == null ? "" : " version " + deployment.version())
                + (deployment.deploymentId() == null ? "" : " (deployment " + deployment.deploymentId() + ")");
    }
}
