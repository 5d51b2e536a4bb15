package io.jenkins.plugins.deliverygates.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import io.jenkins.plugins.deliverygates.GateContext;
import io.jenkins.plugins.deliverygates.StepBuilderDescriptor;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The database update as a freestyle build step. Its configuration is a {@link SecurityDatabaseUpdateStep} (form
 * and help live there): fills or refreshes the vulnerability database of the agent it runs on. Run it in a scheduled
 * job on each agent that scans.
 */
public final class SecurityDatabaseUpdateBuilder extends Builder implements SimpleBuildStep {
    private final SecurityDatabaseUpdateStep update;

    @DataBoundConstructor
    public SecurityDatabaseUpdateBuilder(SecurityDatabaseUpdateStep update) {
        this.update = update;
    }

    public SecurityDatabaseUpdateStep getUpdate() {
        return update;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        update.check().run(GateContext.freestyle(run, workspace, launcher, listener));
    }

    /** Not {@code securityDatabaseUpdate}: that symbol belongs to {@link SecurityDatabaseUpdateStep}. */
    @Extension
    @Symbol("securityDatabaseUpdateBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._SecurityDatabaseUpdateStep_DisplayName());
        }
    }
}
