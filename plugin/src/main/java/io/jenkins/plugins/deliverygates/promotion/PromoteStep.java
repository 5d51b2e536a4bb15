package io.jenkins.plugins.deliverygates.promotion;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code promote(to: 'production', version: v) { sh './deploy.sh' }}: deploys a version to an environment. The
 * body is the deployment; its failure is a failed deployment. The environment order is checked first (the
 * version must have succeeded in the previous environment), and the deployment is recorded in the job's ledger
 * (started and finished, with outcome, duration, the build and the commits it brings). With {@code submitter},
 * a person must approve first, as with the {@code input} step. See docs/promotion-and-rollback.md.
 */
public class PromoteStep extends Step {
    private final String to;
    private final String version;
    private String environments;
    private String submitter;
    private String fixesIncident;
    private String artifact;

    @DataBoundConstructor
    public PromoteStep(String to, String version) {
        this.to = Util.fixEmptyAndTrim(to);
        this.version = Util.fixEmptyAndTrim(version);
    }

    public String getTo() {
        return to;
    }

    public String getVersion() {
        return version;
    }

    public String getEnvironments() {
        return environments;
    }

    /** The environment order for this job, e.g. {@code dev,staging:1h,production}; empty for the default. */
    @DataBoundSetter
    public void setEnvironments(String environments) {
        this.environments = Util.fixEmptyAndTrim(environments);
    }

    public String getSubmitter() {
        return submitter;
    }

    /** Users or groups (comma-separated) who may approve the deployment; when set, it waits for approval. */
    @DataBoundSetter
    public void setSubmitter(String submitter) {
        this.submitter = Util.fixEmptyAndTrim(submitter);
    }

    public String getFixesIncident() {
        return fixesIncident;
    }

    /** The incident this deployment fixes; empty means the incident open in the target environment, if any. */
    @DataBoundSetter
    public void setFixesIncident(String fixesIncident) {
        this.fixesIncident = Util.fixEmptyAndTrim(fixesIncident);
    }

    public String getArtifact() {
        return artifact;
    }

    /** Files relative to the workspace to record with the deployment (for apiCompatibility), one per line. */
    @DataBoundSetter
    public void setArtifact(String artifact) {
        this.artifact = Util.fixEmptyAndTrim(artifact);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new PromoteStepExecution(context, new PromotionParameters(to, version, environments, submitter,
                fixesIncident, artifact));
    }

    @Extension
    @Symbol("promote")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "promote";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PromoteStep_DisplayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
