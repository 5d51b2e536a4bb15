package io.jenkins.plugins.deliverygates.health;

import hudson.AbortException;
import hudson.model.Run;
import io.deliverygates.health.DeploymentRef;
import io.deliverygates.health.IncidentBook;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Ends the step after the rollback body: records the ROLLBACK event (did the body succeed, how long it took) and
 * fails the step with the analysis' verdict either way — a rolled-back deployment is a failed one.
 */
final class RollbackCallback extends BodyExecutionCallback {
    private static final long serialVersionUID = 1L;

    private final DeploymentRef deployment;
    private final String failure;
    private final Instant started;

    RollbackCallback(DeploymentRef deployment, String failure, Instant started) {
        this.deployment = deployment;
        this.failure = failure;
        this.started = started;
    }

    @Override
    public void onSuccess(StepContext context, Object result) {
        finish(context, Outcome.SUCCEEDED, "rolled back after: " + failure, failure + " (rolled back)");
    }

    @Override
    public void onFailure(StepContext context, Throwable t) {
        finish(context, Outcome.FAILED, "the rollback failed (" + t + ") after: " + failure,
                failure + " and the rollback FAILED: " + t.getMessage());
    }

    private void finish(StepContext context, Outcome outcome, String message, String stepFailure) {
        try {
            Run<?, ?> run = context.get(Run.class);
            FileLedger ledger = JobLedger.of(run.getParent());
            new IncidentBook(ledger, ledger, Clock.systemUTC()).recordRollback(deployment, JobLedger.buildRef(run),
                    outcome, Duration.between(started, Clock.systemUTC().instant()), message);
            context.onFailure(new AbortException(stepFailure));
        } catch (IOException | InterruptedException e) {
            context.onFailure(e);
        }
    }
}
