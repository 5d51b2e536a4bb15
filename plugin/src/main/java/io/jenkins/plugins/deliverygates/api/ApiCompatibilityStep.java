package io.jenkins.plugins.deliverygates.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.deliverygates.GateCheck;
import io.jenkins.plugins.deliverygates.GateStep;
import io.jenkins.plugins.deliverygates.GateStepExecution;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code def r = apiCompatibility(newArtifact: 'target/app.jar')}: lists the breaking changes of a jar or an OpenAPI
 * document against what runs in production according to the job's delivery ledger (or against a reference file in
 * the workspace), applies semantic versioning, archives the reports under {@code api/}, shows the summary on the
 * build page and returns it as a map ({@code status}, {@code breaking}, {@code requiredLevel}, {@code top}, ...).
 * UNSTABLE marks the build and the stage unstable; FAILED fails the step with the violations.
 */
public final class ApiCompatibilityStep extends Step implements GateStep {
    private String newArtifact;
    private String reference = "production";
    private String environment = "production";
    private String referenceArtifact;
    private boolean allowNoProduction;
    private String kind;
    private String versioning = "semver";
    private String referenceVersion;
    private String newVersion;
    private String criticality = "FAILURE";
    private String allowList;
    private boolean newOnly;
    private String referenceJob;

    @DataBoundConstructor
    public ApiCompatibilityStep() {
    }

    public String getNewArtifact() {
        return newArtifact;
    }

    /** The new jar or OpenAPI document, relative to the workspace. */
    @DataBoundSetter
    public void setNewArtifact(String newArtifact) {
        this.newArtifact = Util.fixEmptyAndTrim(newArtifact);
    }

    public String getReference() {
        return reference;
    }

    /** A reference file relative to the workspace, or {@code production}. */
    @DataBoundSetter
    public void setReference(String reference) {
        this.reference = Util.fixEmptyAndTrim(reference) == null ? "production" : reference.trim();
    }

    public String getEnvironment() {
        return environment;
    }

    /** The environment whose running artifact is the reference. */
    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = Util.fixEmptyAndTrim(environment) == null ? "production" : environment.trim();
    }

    public String getReferenceArtifact() {
        return referenceArtifact;
    }

    /** The recorded artifact's file name, when a deployment recorded several. */
    @DataBoundSetter
    public void setReferenceArtifact(String referenceArtifact) {
        this.referenceArtifact = Util.fixEmptyAndTrim(referenceArtifact);
    }

    public boolean isAllowNoProduction() {
        return allowNoProduction;
    }

    /** Pass a first release (no successful deployment yet). */
    @DataBoundSetter
    public void setAllowNoProduction(boolean allowNoProduction) {
        this.allowNoProduction = allowNoProduction;
    }

    public String getKind() {
        return kind;
    }

    /** {@code java} or {@code openapi}; blank: told by the file name. */
    @DataBoundSetter
    public void setKind(String kind) {
        this.kind = Util.fixEmptyAndTrim(kind);
    }

    public String getVersioning() {
        return versioning;
    }

    /** {@code semver} or {@code strict}. */
    @DataBoundSetter
    public void setVersioning(String versioning) {
        this.versioning = Util.fixEmptyAndTrim(versioning) == null ? "semver" : versioning.trim();
    }

    public String getReferenceVersion() {
        return referenceVersion;
    }

    /** Overrides the reference's version. */
    @DataBoundSetter
    public void setReferenceVersion(String referenceVersion) {
        this.referenceVersion = Util.fixEmptyAndTrim(referenceVersion);
    }

    public String getNewVersion() {
        return newVersion;
    }

    /** Overrides the new version. */
    @DataBoundSetter
    public void setNewVersion(String newVersion) {
        this.newVersion = Util.fixEmptyAndTrim(newVersion);
    }

    public String getCriticality() {
        return criticality;
    }

    /** {@code UNSTABLE} or {@code FAILURE}. */
    @DataBoundSetter
    public void setCriticality(String criticality) {
        this.criticality = Util.fixEmptyAndTrim(criticality) == null ? "FAILURE" : criticality.trim();
    }

    public String getAllowList() {
        return allowList;
    }

    /** Accepted breaks, {@code LOCATION=YYYY-MM-DD:REASON}, one per line. */
    @DataBoundSetter
    public void setAllowList(String allowList) {
        this.allowList = Util.fixEmptyAndTrim(allowList);
    }

    public boolean isNewOnly() {
        return newOnly;
    }

    /** Only breaks new against the reference build count. */
    @DataBoundSetter
    public void setNewOnly(boolean newOnly) {
        this.newOnly = newOnly;
    }

    public String getReferenceJob() {
        return referenceJob;
    }

    /** The job whose last successful build is the reference build (blank: this job). */
    @DataBoundSetter
    public void setReferenceJob(String referenceJob) {
        this.referenceJob = Util.fixEmptyAndTrim(referenceJob);
    }

    ApiCompatibilityParameters parameters() {
        return new ApiCompatibilityParameters(newArtifact, reference, environment, referenceArtifact, allowNoProduction,
                kind, versioning, referenceVersion, newVersion, criticality, ApiCompatibilityParameters.lines(allowList),
                newOnly);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GateStepExecution(context, check());
    }

    /** The gate with this step's parameters, as the Pipeline step and the freestyle build step run it. */
    @Override
    public GateCheck check() {
        ApiCompatibilityParameters parameters = parameters();
        String reference = referenceJob;
        return at -> ApiCompatibilityRunner.toMap(ApiCompatibilityRunner.run(at, parameters, reference));
    }

    @Extension
    @Symbol("apiCompatibility")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "apiCompatibility";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ApiCompatibilityStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, FlowNode.class);
        }

        @POST
        public FormValidation doCheckAllowList(@QueryParameter String value) {
            return ApiCompatibilityChecks.allowList(value);
        }

        @POST
        public FormValidation doCheckNewArtifact(@QueryParameter String value) {
            return ApiCompatibilityChecks.newArtifact(value);
        }
    }
}
