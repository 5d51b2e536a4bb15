package io.jenkins.plugins.deliverygates.quality;

import hudson.Extension;
import io.jenkins.plugins.deliverygates.GateBuilder;
import io.jenkins.plugins.deliverygates.StepBuilderDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step of the quality gate, placed after the steps that write the coverage reports. Its
 * configuration is a {@link QualityGateStep} (form, help and validation live there); same behaviour: UNSTABLE marks
 * the build unstable, FAILED fails it.
 */
public final class QualityGateBuilder extends GateBuilder<QualityGateStep> {
    @DataBoundConstructor
    public QualityGateBuilder(QualityGateStep gate) {
        super(gate);
    }

    public QualityGateStep getGate() {
        return step();
    }

    @Extension
    @Symbol("qualityGateBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._QualityGate_DisplayName());
        }
    }
}
