package io.jenkins.plugins.deliverygates.promotion;

import hudson.model.InvisibleAction;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.StartedDeployment;
import java.io.IOException;

/**
 * A deployment begun by {@link PromotionStartBuilder} in a freestyle build, until {@link PromotionFinishRecorder}
 * (or, when that is missing, the end of the build) records how it ended. Kept with the build.
 */
public final class FreestylePromotionAction extends InvisibleAction {
    private final PromotionParameters parameters;
    private final RecordedStart started;
    private boolean finished;

    FreestylePromotionAction(PromotionParameters parameters, StartedDeployment started) throws IOException {
        this.parameters = parameters;
        this.started = RecordedStart.of(started);
    }

    public boolean isFinished() {
        return finished;
    }

    /** Records the end of every deployment of the build not finished yet; the build's result is the outcome. */
    static void finishAll(Run<?, ?> run, TaskListener listener) throws IOException {
        Outcome outcome = outcome(run.getResult());
        boolean changed = false;
        for (FreestylePromotionAction action : run.getActions(FreestylePromotionAction.class)) {
            if (!action.finished) {
                changed = true;
                LedgerEvent event = action.parameters.promoter(run).finish(action.started.deployment(), outcome,
                        outcome == Outcome.SUCCEEDED ? null : "build result " + run.getResult());
                action.finished = true;
                listener.getLogger().println(Messages.PromotionFinishRecorder_Recorded(event.version(),
                        event.environment(), outcome));
            }
        }
        if (changed) { // most builds promote nothing: their build.xml is left alone
            run.save();
        }
    }

    /** Still running (null) or better than FAILURE counts as success: unstable tests do not undo a deployment. */
    static Outcome outcome(Result result) {
        return JobLedger.outcomeOf(result);
    }
}
