package io.jenkins.plugins.deliverygates.security;

import hudson.Extension;
import io.jenkins.plugins.deliverygates.GateBuilder;
import io.jenkins.plugins.deliverygates.StepBuilderDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The database update as a freestyle build step. Its configuration is a {@link SecurityDatabaseUpdateStep} (form
 * and help live there): fills or refreshes the vulnerability database of the agent it runs on. Run it in a scheduled
 * job on each agent that scans.
 */
public final class SecurityDatabaseUpdateBuilder extends GateBuilder<SecurityDatabaseUpdateStep> {
    @DataBoundConstructor
    public SecurityDatabaseUpdateBuilder(SecurityDatabaseUpdateStep update) {
        super(update);
    }

    public SecurityDatabaseUpdateStep getUpdate() {
        return step();
    }

    @Extension
    @Symbol("securityDatabaseUpdateBuilder")
    public static final class DescriptorImpl extends StepBuilderDescriptor {
        public DescriptorImpl() {
            super(Messages._SecurityDatabaseUpdateStep_DisplayName());
        }
    }
}
