package io.jenkins.plugins.deliverygates.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The database update as a freestyle build step (the Pipeline step is {@link SecurityDatabaseUpdateStep}): fills or
 * refreshes the vulnerability database of the agent it runs on. Run it in a scheduled job on each agent that scans.
 */
public final class SecurityDatabaseUpdateBuilder extends Builder implements SimpleBuildStep {
    private String dataDirectory;
    private int validForHours;

    @DataBoundConstructor
    public SecurityDatabaseUpdateBuilder() {
    }

    public String getDataDirectory() {
        return dataDirectory;
    }

    /** Overrides the global data directory for this step. */
    @DataBoundSetter
    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = Util.fixEmptyAndTrim(dataDirectory);
    }

    public int getValidForHours() {
        return validForHours;
    }

    /** Skip the update if the last one completed less than this many hours ago; 0 (default) checks every time. */
    @DataBoundSetter
    public void setValidForHours(int validForHours) {
        this.validForHours = validForHours;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        SecurityDatabaseUpdateRunner.run(run, workspace, listener, dataDirectory, validForHours);
    }

    /** Not {@code securityDatabaseUpdate}: that symbol belongs to {@link SecurityDatabaseUpdateStep}. */
    @Extension
    @Symbol("securityDatabaseUpdateBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        /** The form is the Pipeline step's (config.jelly includes it), and so is its help. */
        public DescriptorImpl() {
            addHelpFileRedirect("dataDirectory", SecurityDatabaseUpdateStep.class, "dataDirectory");
            addHelpFileRedirect("validForHours", SecurityDatabaseUpdateStep.class, "validForHours");
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.SecurityDatabaseUpdateStep_DisplayName();
        }

        @Override
        @SuppressWarnings("rawtypes") // the overridden signature is raw
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }
    }
}
