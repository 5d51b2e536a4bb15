package io.jenkins.plugins.deliverygates.metrics;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.jenkins.plugins.deliverygates.BackgroundWork;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a {@code BUILD_FINISHED} event (its duration and outcome) to the job's delivery ledger when a build of a job
 * that has a ledger completes: the dashboards' build-duration trend reads only the ledger (docs/metrics.md, "Build
 * durations"), never the builds themselves. Jobs without a ledger get none (their builds create no ledger). The
 * append waits for the ledger's lock, so it runs in {@link BackgroundWork}, not on the thread that completes the
 * build (for a Pipeline, the CPS VM thread).
 */
@Extension
public final class BuildFinishedRecorder extends RunListener<Run<?, ?>> {
    private static final Logger LOGGER = Logger.getLogger(BuildFinishedRecorder.class.getName());

    @Override
    public void onCompleted(Run<?, ?> run, @NonNull TaskListener listener) {
        Job<?, ?> job = run.getParent();
        if (!JobLedger.exists(job)) {
            return;
        }
        Duration duration = Duration.ofMillis(Math.max(0, run.getDuration()));
        LedgerEvent finished = LedgerEvent.builder(EventType.BUILD_FINISHED,
                        Instant.ofEpochMilli(run.getStartTimeInMillis()).plus(duration))
                .build(JobLedger.buildRef(run)).outcome(JobLedger.outcomeOf(run.getResult())).duration(duration).build();
        BackgroundWork.submit(() -> {
            try {
                JobLedger.of(job).append(finished);
            } catch (IOException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "Cannot record the end of " + run.getFullDisplayName()
                        + " in the delivery ledger", e);
            }
        });
    }
}
