package io.jenkins.plugins.deliverygates;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import io.deliverygates.common.GateStatus;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Maps a gate's {@link GateStatus} to the build, the same way for every gate of the suite: UNSTABLE marks the build
 * (and, in a Pipeline, the step's stage) unstable; FAILED throws an {@link AbortException}, whose message Jenkins
 * prints without a stack trace. A FAILED gate does not set the build result itself: the exception fails the build
 * when nothing catches it, and {@code catchError}/{@code try} can still downgrade it (a result once set to FAILURE
 * can never be made better).
 */
public final class GateResults {
    private GateResults() {
    }

    public static Result toResult(GateStatus status) {
        switch (status) {
            case FAILED:
                return Result.FAILURE;
            case UNSTABLE:
                return Result.UNSTABLE;
            default:
                return Result.SUCCESS;
        }
    }

    /**
     * Applies the status to the build. {@code node} is the Pipeline step's flow node (null for freestyle): it gets a
     * {@link WarningAction}, which is what marks a stage unstable in the stage views.
     *
     * @throws AbortException when the status is FAILED, with {@code message} as the reason
     */
    public static void apply(GateStatus status, String message, Run<?, ?> run, FlowNode node) throws AbortException {
        if (status == GateStatus.PASSED) {
            return;
        }
        if (status == GateStatus.FAILED) {
            throw new AbortException(message);
        }
        Result result = toResult(status);
        run.setResult(result);
        if (node != null) {
            node.addOrReplaceAction(new WarningAction(result).withMessage(message));
        }
    }
}
