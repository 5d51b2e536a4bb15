package io.jenkins.plugins.deliverygates.api;

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
 * The API compatibility gate as a freestyle build step. Its configuration is an {@link ApiCompatibilityStep} (form,
 * help and validation live there); same behaviour, and the verdict sets the build result: UNSTABLE marks the build
 * unstable, FAILED fails it.
 */
public final class ApiCompatibilityBuilder extends Builder implements SimpleBuildStep {
    private final ApiCompatibilityStep gate;

    @DataBoundConstructor
    public ApiCompatibilityBuilder(ApiCompatibilityStep gate) {
        this.gate = gate;
    }

    public ApiCompatibilityStep getGate() {
        return gate;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        gate.check().run(GateContext.freestyle(run, workspace, launcher, listener));
    }

    /**
     * Its symbol is not {@code apiCompatibility}: that name belongs to {@link ApiCompatibilityStep} (one name on two
     * descriptors would be ambiguous for Pipeline's DSL), as with the other gates' builders.
     */
    @Extension
    @Symbol("apiCompatibilityBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._ApiCompatibilityStep_DisplayName());
        }
    }
}
