package io.jenkins.plugins.deliverygates.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
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
import hudson.util.Secret;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code securityDatabaseUpdate()}: fills or refreshes the vulnerability database of the agent it runs on, from
 * the global configuration's feed URL or the NVD API with the configured key. Run it in a scheduled job on each
 * agent that scans; scans never update. Also a freestyle build step.
 */
public final class SecurityDatabaseUpdateBuilder extends Builder implements SimpleBuildStep {
    private String dataDirectory;

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

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        SecurityScanConfiguration configuration = SecurityScanConfiguration.get();
        String directory = dataDirectory != null ? dataDirectory : configuration.getDataDirectory();
        Secret apiKey;
        try {
            apiKey = configuration.getFeedUrl() == null ? configuration.nvdApiKey() : null;
        } catch (IllegalArgumentException e) {
            throw new AbortException("Security database update: " + e.getMessage());
        }
        if (configuration.getFeedUrl() == null && apiKey == null) {
            listener.getLogger().println("Security database update: no feed URL and no NVD API key configured; "
                    + "the NVD API without a key is very slow");
        }
        DatabaseUpdateCallable.Outcome outcome = workspace.act(new DatabaseUpdateCallable(directory,
                configuration.getFeedUrl(), apiKey, configuration.getNvdApiEndpoint(), SecurityScanConfiguration.proxy()));
        if (outcome.problem() != null) {
            throw new AbortException("Security database update: " + outcome.problem());
        }
        listener.getLogger().println("Security database update: " + outcome.message());
    }

    @Extension
    @Symbol("securityDatabaseUpdate")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @NonNull
        @Override
        public String getDisplayName() {
            return "Security scan: update the vulnerability database";
        }

        @Override
        @SuppressWarnings("rawtypes") // the overridden signature is raw
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }
    }
}
