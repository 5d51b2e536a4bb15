package io.jenkins.plugins.deliverygates.health;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.BuildListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.deliverygates.common.InputException;
import io.deliverygates.health.AnalysisRunner;
import io.deliverygates.health.DeploymentRef;
import io.deliverygates.health.HealthGuard;
import io.deliverygates.health.HttpProbe;
import io.deliverygates.health.IncidentBook;
import io.deliverygates.health.ProbeSpec;
import io.deliverygates.health.Verdict;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.time.Clock;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle: the health analysis of {@link HealthRollbackStep} (same parameters, same records), with a shell
 * command as the rollback. It runs on the build's executor, which waits for the analysis; each probe runs on the
 * build's agent. Deliberately not a {@code SimpleBuildStep} and without a symbol: in a Pipeline it would hold a
 * thread for the whole analysis and not survive a restart, so Pipelines use {@code healthRollback} only.
 */
public final class HealthCheckBuilder extends Builder {
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
    public boolean perform(AbstractBuild<?, ?> run, Launcher launcher, BuildListener listener)
            throws InterruptedException, IOException {
        FilePath workspace = run.getWorkspace();
        EnvVars env = run.getEnvironment(listener);
        FileLedger ledger = JobLedger.of(run.getParent());
        HealthGuard.Result result;
        try {
            ProbeSpec spec = TokenHeader.addTo(analysis.probeSpec(), run, analysis.getCredentialsId(),
                    analysis.getHeaderName(), analysis.getHeaderPrefix());
            new HttpProbe(spec, Clock.systemUTC()).warnings()
                    .forEach(warning -> listener.getLogger().println(Messages.HealthRollback_Warning(warning)));
            BuildPromotion promoted = BuildPromotion.resolve(ledger.events(), run, analysis.getEnvironment(),
                    analysis.getVersion(), analysis.getDeploymentId());
            if (promoted.note() != null) {
                listener.getLogger().println(promoted.note());
            }
            DeploymentRef deployment = promoted.deployment();
            listener.getLogger().println(Messages.HealthRollback_Analysing(spec, HealthRollbackExecution.describe(
                    deployment), Messages.HealthRollback_OnAgent(run.getBuiltOnStr() == null
                            || run.getBuiltOnStr().isEmpty() ? Messages.HealthRollback_BuiltIn() : run.getBuiltOnStr())));
            HealthGuard guard = new HealthGuard(AnalysisRunner.realTime(),
                    new IncidentBook(ledger, ledger, Clock.systemUTC()), Clock.systemUTC());
            result = guard.check(analysis.analysisSpec(), () -> ProbeSite.onAgent(workspace, spec),
                    spec.url().toString(), deployment,
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
                    .map(outcome -> outcome == Outcome.SUCCEEDED ? Messages.HealthCheckBuilder_RolledBack()
                            : Messages.HealthCheckBuilder_RollbackFailed())
                    .orElse("");
            throw new AbortException(Messages.HealthCheckBuilder_Failed(verdict.outcome(), verdict.reason(),
                    rollback));
        }
        return true;
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
            return Messages.HealthCheckBuilder_DisplayName();
        }
    }
}
