package io.jenkins.plugins.deliverygates.health;

import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Reports the end of the rollback body to its {@link HealthRollbackExecution}, which records the ROLLBACK event
 * (did the body succeed, how long it took) in a background thread — never on the CPS VM thread that calls this —
 * and fails the step with the analysis' verdict either way: a rolled-back deployment is a failed one.
 */
final class RollbackCallback extends BodyExecutionCallback {
    private static final long serialVersionUID = 1L;

    private final HealthRollbackExecution execution;

    RollbackCallback(HealthRollbackExecution execution) {
        this.execution = execution;
    }

    @Override
    public void onSuccess(StepContext context, Object result) {
        execution.rollbackEnded(null);
    }

    @Override
    public void onFailure(StepContext context, Throwable t) {
        execution.rollbackEnded(t);
    }
}
