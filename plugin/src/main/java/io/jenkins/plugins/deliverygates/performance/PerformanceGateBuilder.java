package io.jenkins.plugins.deliverygates.performance;

import hudson.Extension;
import io.jenkins.plugins.deliverygates.GateBuilder;
import io.jenkins.plugins.deliverygates.StepBuilderDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step of the performance gate, placed after the steps that run the benchmarks or load tests.
 * Its configuration is a {@link PerformanceGateStep} (form and help live there); same behaviour.
 */
public final class PerformanceGateBuilder extends GateBuilder<PerformanceGateStep> {
    @DataBoundConstructor
    public PerformanceGateBuilder(PerformanceGateStep gate) {
        super(gate);
    }

    public PerformanceGateStep getGate() {
        return step();
    }

    @Extension
    @Symbol("performanceGateBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._PerformanceGateStep_DisplayName());
        }
    }
}
