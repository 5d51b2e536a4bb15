package io.jenkins.plugins.deliverygates.api;

import hudson.Extension;
import io.jenkins.plugins.deliverygates.GateBuilder;
import io.jenkins.plugins.deliverygates.StepBuilderDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The API compatibility gate as a freestyle build step. Its configuration is an {@link ApiCompatibilityStep} (form,
 * help and validation live there); same behaviour, and the verdict sets the build result: UNSTABLE marks the build
 * unstable, FAILED fails it.
 */
public final class ApiCompatibilityBuilder extends GateBuilder<ApiCompatibilityStep> {
    @DataBoundConstructor
    public ApiCompatibilityBuilder(ApiCompatibilityStep gate) {
        super(gate);
    }

    public ApiCompatibilityStep getGate() {
        return step();
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
