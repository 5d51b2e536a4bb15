package io.jenkins.plugins.deliverygates.license;

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
 * {@code def r = licenseGate(sboms: 'target/bom.json', denyList: 'AGPL-3.0-only')}: reads the SBOMs on the agent
 * that holds the workspace, checks every component's license against the policy, archives the reports under
 * {@code license/}, shows the summary on the build page and returns it as a map ({@code status}, {@code failed},
 * {@code byCategory}, {@code violations}, ...). UNSTABLE marks the build and the stage unstable and the script goes
 * on; FAILED fails the step with the violations.
 */
public final class LicenseGateStep extends Step implements GateStep {
    private String sboms;
    private String allowList;
    private String denyList;
    private String denyAction = "FAILURE";
    private String categoryRules;
    private String licenseCategories;
    private String noLicense = "FAILURE";
    private String exceptions;
    private String multipleLicenses = "ANY";
    private String referenceJob;
    private boolean newOnly;

    @DataBoundConstructor
    public LicenseGateStep() {
    }

    public String getSboms() {
        return sboms;
    }

    /** SBOM files or globs relative to the workspace; separated by commas or new lines. */
    @DataBoundSetter
    public void setSboms(String sboms) {
        this.sboms = Util.fixEmptyAndTrim(sboms);
    }

    public String getAllowList() {
        return allowList;
    }

    /** Licenses always allowed: SPDX ids or LicenseRef-*, separated by commas or new lines. */
    @DataBoundSetter
    public void setAllowList(String allowList) {
        this.allowList = Util.fixEmptyAndTrim(allowList);
    }

    public String getDenyList() {
        return denyList;
    }

    /** Licenses never allowed. */
    @DataBoundSetter
    public void setDenyList(String denyList) {
        this.denyList = Util.fixEmptyAndTrim(denyList);
    }

    public String getDenyAction() {
        return denyAction;
    }

    /** What a denied license does: UNSTABLE or FAILURE. */
    @DataBoundSetter
    public void setDenyAction(String denyAction) {
        this.denyAction = Util.fixEmptyAndTrim(denyAction) == null ? "FAILURE" : denyAction.trim();
    }

    public String getCategoryRules() {
        return categoryRules;
    }

    /** {@code CATEGORY=ACTION} entries, e.g. {@code weak-copyleft=unstable}. */
    @DataBoundSetter
    public void setCategoryRules(String categoryRules) {
        this.categoryRules = Util.fixEmptyAndTrim(categoryRules);
    }

    public String getLicenseCategories() {
        return licenseCategories;
    }

    /** {@code ID=CATEGORY} entries, e.g. {@code LicenseRef-acme=proprietary}. */
    @DataBoundSetter
    public void setLicenseCategories(String licenseCategories) {
        this.licenseCategories = Util.fixEmptyAndTrim(licenseCategories);
    }

    public String getNoLicense() {
        return noLicense;
    }

    /** What a component without any license does: ALLOW, UNSTABLE or FAILURE. */
    @DataBoundSetter
    public void setNoLicense(String noLicense) {
        this.noLicense = Util.fixEmptyAndTrim(noLicense) == null ? "FAILURE" : noLicense.trim();
    }

    public String getExceptions() {
        return exceptions;
    }

    /** {@code COMPONENT=YYYY-MM-DD:REASON}, one per line. */
    @DataBoundSetter
    public void setExceptions(String exceptions) {
        this.exceptions = Util.fixEmptyAndTrim(exceptions) == null ? null : exceptions.strip();
    }

    public String getMultipleLicenses() {
        return multipleLicenses;
    }

    /** ANY or ALL: how several licenses listed for one component combine. */
    @DataBoundSetter
    public void setMultipleLicenses(String multipleLicenses) {
        this.multipleLicenses = Util.fixEmptyAndTrim(multipleLicenses) == null ? "ANY" : multipleLicenses.trim();
    }

    public String getReferenceJob() {
        return referenceJob;
    }

    @DataBoundSetter
    public void setReferenceJob(String referenceJob) {
        this.referenceJob = Util.fixEmptyAndTrim(referenceJob);
    }

    public boolean isNewOnly() {
        return newOnly;
    }

    @DataBoundSetter
    public void setNewOnly(boolean newOnly) {
        this.newOnly = newOnly;
    }

    LicenseGateParameters parameters() {
        return LicenseGateParameters.of(sboms, allowList, denyList, denyAction, categoryRules, licenseCategories,
                noLicense, exceptions, newOnly, multipleLicenses);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GateStepExecution(context, check());
    }

    /** The gate with this step's parameters, as the Pipeline step and the freestyle build step run it. */
    @Override
    public GateCheck check() {
        LicenseGateParameters parameters = parameters();
        String reference = referenceJob;
        return at -> LicenseGateRunner.toMap(LicenseGateRunner.run(at, parameters, reference));
    }

    @Extension
    @Symbol("licenseGate")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "licenseGate";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.LicenseGate_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, FlowNode.class);
        }

        @POST
        public FormValidation doCheckAllowList(@QueryParameter String value) {
            return LicenseGateChecks.licenses("allowList", value);
        }

        @POST
        public FormValidation doCheckDenyList(@QueryParameter String value) {
            return LicenseGateChecks.licenses("denyList", value);
        }

        @POST
        public FormValidation doCheckCategoryRules(@QueryParameter String value) {
            return LicenseGateChecks.categoryRules(value);
        }

        @POST
        public FormValidation doCheckLicenseCategories(@QueryParameter String value) {
            return LicenseGateChecks.licenseCategories(value);
        }

        @POST
        public FormValidation doCheckExceptions(@QueryParameter String value) {
            return LicenseGateChecks.exceptions(value);
        }
    }
}
