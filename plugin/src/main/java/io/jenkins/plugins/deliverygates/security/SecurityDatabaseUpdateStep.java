package io.jenkins.plugins.deliverygates.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code def db = securityDatabaseUpdate()}: fills or refreshes the vulnerability database of the agent it runs on,
 * from the global configuration's feed URL or the NVD API with the configured key, and returns {@code dataDirectory},
 * {@code changed} (false: already current), {@code databaseBytes} and {@code source}. Run it in a scheduled job on
 * each agent that scans; scans never update.
 */
public final class SecurityDatabaseUpdateStep extends Step {
    private String dataDirectory;
    private int validForHours;

    @DataBoundConstructor
    public SecurityDatabaseUpdateStep() {
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
    public StepExecution start(StepContext context) {
        return new Execution(context, dataDirectory, validForHours);
    }

    /** Runs off the CPS thread; the update itself runs on the agent through {@link DatabaseUpdateCallable}. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final String dataDirectory;
        private final int validForHours;

        Execution(StepContext context, String dataDirectory, int validForHours) {
            super(context);
            this.dataDirectory = dataDirectory;
            this.validForHours = validForHours;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return SecurityDatabaseUpdateRunner.toMap(SecurityDatabaseUpdateRunner.run(context.get(Run.class),
                    context.get(FilePath.class), context.get(TaskListener.class), dataDirectory, validForHours));
        }
    }

    @Extension
    @Symbol("securityDatabaseUpdate")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "securityDatabaseUpdate";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.SecurityDatabaseUpdateStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class);
        }
    }
}
