package io.jenkins.plugins.deliverygates.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deliverygates.GateCheck;
import io.jenkins.plugins.deliverygates.GateStep;
import io.jenkins.plugins.deliverygates.GateStepExecution;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code def db = securityDatabaseUpdate()}: fills or refreshes the vulnerability database of the agent it runs on,
 * from the global configuration's feed URL or the NVD API with the configured key, and returns {@code dataDirectory},
 * {@code changed} (false: already current), {@code databaseBytes} and {@code source}. Run it in a scheduled job on
 * each agent that scans; scans never update.
 */
public final class SecurityDatabaseUpdateStep extends Step implements GateStep {
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
        return new GateStepExecution(context, check());
    }

    /** The update with this step's parameters, as the Pipeline step and the freestyle build step run it. */
    @Override
    public GateCheck check() {
        String directory = dataDirectory;
        int hours = validForHours;
        return at -> SecurityDatabaseUpdateRunner.toMap(SecurityDatabaseUpdateRunner.run(at.run(), at.workspace(),
                at.listener(), directory, hours));
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
