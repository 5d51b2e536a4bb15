package io.jenkins.plugins.deliverygates.promotion;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.BuildListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Freestyle post-build action: "Finish the promotion". Records the end of the deployments begun by
 * {@link PromotionStartBuilder} in this build, with the build's result so far (a failed deploy step makes a
 * failed deployment). It runs even when a build step failed. Put it before a health check so the check judges a
 * recorded deployment.
 */
@SuppressWarnings("unchecked") // Recorder.getDescriptor() returns BuildStepDescriptor
public class PromotionFinishRecorder extends Recorder {
    @DataBoundConstructor
    public PromotionFinishRecorder() {
        // no parameters: everything is in the build's FreestylePromotionAction
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener) throws IOException {
        FreestylePromotionAction.finishAll(build, listener);
        return true;
    }

    @Extension
    @Symbol("promotionFinish")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {
        @Override
        @SuppressWarnings("rawtypes") // the signature of BuildStepDescriptor
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PromotionFinishRecorder_DisplayName();
        }
    }
}
