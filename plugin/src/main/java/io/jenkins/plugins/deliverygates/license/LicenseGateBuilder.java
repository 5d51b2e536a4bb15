package io.jenkins.plugins.deliverygates.license;

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
 * The license gate as a freestyle build step. Its configuration is a {@link LicenseGateStep} (form, help and
 * validation live there): it reads the SBOMs on the agent, archives the reports under {@code license/}, shows the
 * summary on the build page and sets the build result: UNSTABLE marks the build unstable, FAILED fails it.
 */
public final class LicenseGateBuilder extends Builder implements SimpleBuildStep {
    private final LicenseGateStep gate;

    @DataBoundConstructor
    public LicenseGateBuilder(LicenseGateStep gate) {
        this.gate = gate;
    }

    public LicenseGateStep getGate() {
        return gate;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        gate.check().run(GateContext.freestyle(run, workspace, launcher, listener));
    }

    /**
     * Its symbol is not {@code licenseGate}: that name belongs to {@link LicenseGateStep}, which returns the result
     * and marks the stage; one symbol on two descriptors would be ambiguous.
     */
    @Extension
    @Symbol("licenseGateBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._LicenseGate_DisplayName());
        }
    }
}
