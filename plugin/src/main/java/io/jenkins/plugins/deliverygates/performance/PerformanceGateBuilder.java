package io.jenkins.plugins.deliverygates.performance;

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
 * The freestyle build step of the performance gate, placed after the steps that run the benchmarks or load tests.
 * Its configuration is a {@link PerformanceGateStep} (form and help live there); same behaviour.
 */
public final class PerformanceGateBuilder extends Builder implements SimpleBuildStep {
    private final PerformanceGateStep gate;

    @DataBoundConstructor
    public PerformanceGateBuilder(PerformanceGateStep gate) {
        this.gate = gate;
    }

    public PerformanceGateStep getGate() {
        return gate;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        gate.check().run(GateContext.freestyle(run, workspace, launcher, listener));
    }

    /** Not {@code performanceGate}: that symbol belongs to {@link PerformanceGateStep}. */
    @Extension
    @Symbol("performanceGateBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._PerformanceGateStep_DisplayName());
        }
    }
}
