package io.jenkins.plugins.deliverygates.license;

import hudson.Extension;
import io.jenkins.plugins.deliverygates.GateBuilder;
import io.jenkins.plugins.deliverygates.StepBuilderDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The license gate as a freestyle build step. Its configuration is a {@link LicenseGateStep} (form, help and
 * validation live there): it reads the SBOMs on the agent, archives the reports under {@code license/}, shows the
 * summary on the build page and sets the build result: UNSTABLE marks the build unstable, FAILED fails it.
 */
public final class LicenseGateBuilder extends GateBuilder<LicenseGateStep> {
    @DataBoundConstructor
    public LicenseGateBuilder(LicenseGateStep gate) {
        super(gate);
    }

    public LicenseGateStep getGate() {
        return step();
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
