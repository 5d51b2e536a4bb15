package io.deliverygates.cli;

import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.Promoter;
import io.deliverygates.promotion.StartedDeployment;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a begun deployment's command and records how it ended, also when delivery-gates itself is stopped: on
 * SIGTERM or SIGINT (Ctrl-C, a CI abort) the JVM runs a shutdown hook, which stops the command's whole process
 * group (SIGTERM, then SIGKILL after the grace period) and records the deployment as ABORTED before the JVM exits
 * (with 143 or 130). Exactly one of the two ends, normal or stopped, is recorded.
 */
final class InterruptibleDeployment {
    /** How long the stopping hook waits for a normal end that is being recorded at that moment. */
    private static final long RECORDING_WAIT_SECONDS = 10;

    private final Promoter promoter;
    private final StartedDeployment started;
    private final Duration grace;
    private final PrintWriter err;
    private final AtomicBoolean ending = new AtomicBoolean();
    private final CountDownLatch recorded = new CountDownLatch(1);
    /** The command once started; guarded by this. */
    private ExternalCommand running;
    /** Set by the stopping hook, guarded by this: no command may start any more. */
    private boolean stopping;

    InterruptibleDeployment(Promoter promoter, StartedDeployment started, Duration grace, PrintWriter err) {
        this.promoter = promoter;
        this.started = started;
        this.grace = grace;
        this.err = err;
    }

    /** Runs the command and returns the recorded {@code DEPLOYMENT_FINISHED} event. */
    LedgerEvent run(List<String> command, PrintWriter out) throws IOException, InterruptedException {
        // the hook is in place before the command starts: a signal at any moment from here on stops what started
        Thread stopper = new Thread(this::stopped, "delivery-gates stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        ExternalCommand process = null;
        IOException notStarted = null;
        synchronized (this) {
            if (!stopping) { // else the JVM is exiting and the hook records the end: end() below waits for it
                try {
                    process = ExternalCommand.start(command);
                    running = process;
                } catch (IOException e) {
                    notStarted = e;
                }
            }
        }
        if (process == null) {
            removeHook(stopper);
            String why = notStarted == null ? "stopped before it started" : notStarted.getMessage();
            err.println("delivery-gates: the deploy command could not run: " + why);
            return end(Outcome.FAILED, "deployment failed: the deploy command could not run: " + why);
        }
        int exit;
        try {
            exit = process.copyOutputAndWait(out);
        } catch (IOException e) {
            exit = -1;
        }
        removeHook(stopper);
        if (exit != 0 && !ending.get()) {
            err.println("delivery-gates: the deploy command exited with " + exit);
        }
        return end(exit == 0 ? Outcome.SUCCEEDED : Outcome.FAILED,
                exit == 0 ? null : "the deploy command exited with " + exit);
    }

    private static void removeHook(Thread stopper) {
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs: it records the end
        }
    }

    /** Records the normal end, unless the stopping hook got there first (then waits for the JVM to exit). */
    private LedgerEvent end(Outcome outcome, String message) throws IOException, InterruptedException {
        if (!ending.compareAndSet(false, true)) {
            new CountDownLatch(1).await(); // the JVM is exiting; the hook records the end
        }
        try {
            return promoter.finish(started, outcome, message);
        } finally {
            recorded.countDown();
        }
    }

    private void stopped() {
        if (!ending.compareAndSet(false, true)) {
            awaitRecording();
            return;
        }
        ExternalCommand process;
        synchronized (this) {
            stopping = true;
            process = running;
        }
        try {
            err.println("delivery-gates: stopped: stopping the deploy command (SIGTERM, SIGKILL after "
                    + io.deliverygates.common.DurationText.format(grace) + ")");
            err.flush();
            if (process != null) {
                process.stop(grace);
            }
            promoter.finish(started, Outcome.ABORTED, "deployment aborted: delivery-gates was stopped (SIGTERM or "
                    + "SIGINT) and stopped the deploy command");
            err.println("delivery-gates: deployment " + started.deploymentId() + " recorded as ABORTED");
        } catch (IOException | RuntimeException e) {
            err.println("delivery-gates: could not record the aborted deployment " + started.deploymentId() + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            err.flush();
        }
    }

    private void awaitRecording() {
        try {
            recorded.await(RECORDING_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
