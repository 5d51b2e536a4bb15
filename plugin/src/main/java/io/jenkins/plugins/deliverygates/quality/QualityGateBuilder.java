package io.jenkins.plugins.deliverygates.quality;

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
 * The freestyle build step of the quality gate, placed after the steps that write the coverage reports. Its
 * configuration is a {@link QualityGateStep} (form, help and validation live there); same behaviour: UNSTABLE marks
 * the build unstable, FAILED fails it.
 */
public final class QualityGateBuilder extends Builder implements SimpleBuildStep {
    private final QualityGateStep gate;

    @DataBoundConstructor
    public QualityGateBuilder(QualityGateStep gate) {
        this.gate = gate;
    }

    public QualityGateStep getGate() {
        return gate;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        gate.check().run(GateContext.freestyle(run, workspace, launcher, listener));
    }

    /** Not {@code qualityGate}: that symbol belongs to {@link QualityGateStep}. */
    @Extension
    @Symbol("qualityGateBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._QualityGate_DisplayName());
        }
    }
}
