package io.jenkins.plugins.deliverygates.promotion;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the end of a freestyle deployment whose build has no {@link PromotionFinishRecorder} (or ended before
 * it), so no started deployment stays open in the ledger.
 */
@Extension
public final class UnfinishedPromotionListener extends RunListener<Run<?, ?>> {
    private static final Logger LOGGER = Logger.getLogger(UnfinishedPromotionListener.class.getName());

    @Override
    public void onCompleted(Run<?, ?> run, @NonNull TaskListener listener) {
        try {
            FreestylePromotionAction.finishAll(run, listener);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "could not record the end of the deployments of " + run, e);
        }
    }
}
