package io.jenkins.plugins.deliverygates.health;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.deliverygates.common.InputException;
import io.deliverygates.health.AnalysisRunner;
import io.deliverygates.health.DeploymentRef;
import io.deliverygates.health.HealthGuard;
import io.deliverygates.health.HttpProbe;
import io.deliverygates.health.IncidentBook;
import io.deliverygates.health.Verdict;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.DeploymentHistory;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.time.Clock;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle: the health analysis of {@link HealthRollbackStep} (same parameters, same records), with a shell
 * command as the rollback. It runs on the build's executor, which waits for the analysis.
 */
public final class HealthCheckBuilder extends Builder implements SimpleBuildStep {
    private final HealthRollbackStep analysis;
    private String rollbackCommand;

    @DataBoundConstructor
    public HealthCheckBuilder(HealthRollbackStep analysis) {
        this.analysis = analysis;
    }

    public HealthRollbackStep getAnalysis() {
        return analysis;
    }

    public String getRollbackCommand() {
        return rollbackCommand;
    }

    /** Shell command run in the workspace ({@code sh -c}) when the analysis fails. */
    @DataBoundSetter
    public void setRollbackCommand(String rollbackCommand) {
        this.rollbackCommand = Util.fixEmptyAndTrim(rollbackCommand);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        FileLedger ledger = JobLedger.of(run.getParent());
        HealthGuard.Result result;
        try {
            HttpProbe probe = new HttpProbe(TokenHeader.addTo(analysis.probeSpec(), run, analysis.getCredentialsId(),
                    analysis.getHeaderName(), analysis.getHeaderPrefix()), Clock.systemUTC());
            probe.warnings().forEach(warning -> listener.getLogger().println("WARNING: " + warning));
            listener.getLogger().println("Analysing " + probe.spec());
            DeploymentRef deployment = DeploymentRef.find(new DeploymentHistory(ledger.events()),
                    analysis.getEnvironment(), analysis.getVersion(), analysis.getDeploymentId(), "deploymentId");
            HealthGuard guard = new HealthGuard(AnalysisRunner.realTime(),
                    new IncidentBook(ledger, ledger, Clock.systemUTC()), Clock.systemUTC());
            result = guard.check(analysis.analysisSpec(), probe, probe.spec().url().toString(), deployment,
                    JobLedger.buildRef(run), rollbackCommand == null ? null
                            : () -> launcher.launch().cmds("sh", "-c", rollbackCommand).envs(env).pwd(workspace)
                                    .stdout(listener).join() == 0,
                    analysis.isRollbackOnInconclusive(),
                    measurement -> listener.getLogger().println("  " + measurement.describe()));
        } catch (InputException e) {
            throw new AbortException(e.getMessage());
        }
        Verdict verdict = result.verdict();
        listener.getLogger().println(verdict.explain());
        if (verdict.outcome() == Outcome.ABORTED) {
            throw new InterruptedException(verdict.reason());
        }
        if (verdict.outcome() != Outcome.SUCCEEDED) {
            String rollback = result.rollbackOutcome()
                    .map(outcome -> outcome == Outcome.SUCCEEDED ? " (rolled back)" : " and the rollback FAILED")
                    .orElse("");
            throw new AbortException("Health analysis " + verdict.outcome() + ": " + verdict.reason() + rollback);
        }
    }

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        @SuppressWarnings("rawtypes") // the signature of BuildStepDescriptor
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Health analysis of a deployment, with rollback command";
        }
    }
}
