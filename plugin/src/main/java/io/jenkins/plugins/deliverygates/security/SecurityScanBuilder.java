package io.jenkins.plugins.deliverygates.security;

import hudson.Extension;
import io.jenkins.plugins.deliverygates.GateBuilder;
import io.jenkins.plugins.deliverygates.StepBuilderDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The security scan as a freestyle build step. Its configuration is a {@link SecurityScanStep} (form, help and
 * validation live there). Scans on the agent against the agent's database (filled by {@code securityDatabaseUpdate};
 * a scan never updates), archives the reports under {@code security/}, shows the summary on the build page and sets
 * the build result: UNSTABLE marks the build unstable, FAILED fails it.
 */
public final class SecurityScanBuilder extends GateBuilder<SecurityScanStep> {
    @DataBoundConstructor
    public SecurityScanBuilder(SecurityScanStep scan) {
        super(scan);
    }

    public SecurityScanStep getScan() {
        return step();
    }

    /**
     * Its symbol is not {@code securityScan}: that name belongs to {@link SecurityScanStep}, which returns the result
     * and marks the stage. Pipeline's DSL looks up step function names before symbols, and structs' SymbolLookup
     * returns whichever descriptor it meets first for a symbol, so one name on two descriptors would be ambiguous.
     */
    @Extension
    @Symbol("securityScanBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._SecurityScanStep_DisplayName());
        }
    }
}
