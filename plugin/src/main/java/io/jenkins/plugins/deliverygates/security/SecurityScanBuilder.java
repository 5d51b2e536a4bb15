package io.jenkins.plugins.deliverygates.security;

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
 * The security scan as a freestyle build step. Its configuration is a {@link SecurityScanStep} (form, help and
 * validation live there). Scans on the agent against the agent's database (filled by {@code securityDatabaseUpdate};
 * a scan never updates), archives the reports under {@code security/}, shows the summary on the build page and sets
 * the build result: UNSTABLE marks the build unstable, FAILED fails it.
 */
public final class SecurityScanBuilder extends Builder implements SimpleBuildStep {
    private final SecurityScanStep scan;

    @DataBoundConstructor
    public SecurityScanBuilder(SecurityScanStep scan) {
        this.scan = scan;
    }

    public SecurityScanStep getScan() {
        return scan;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        scan.check().run(GateContext.freestyle(run, workspace, launcher, listener));
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
