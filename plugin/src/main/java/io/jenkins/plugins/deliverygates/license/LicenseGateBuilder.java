package io.jenkins.plugins.deliverygates.license;

import edu.umd.cs.findbugs.annotations.NonNull;
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
import hudson.util.FormValidation;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The license gate as a freestyle build step (the Pipeline step is {@link LicenseGateStep}): reads the SBOMs on the
 * agent, archives the reports under {@code license/}, shows the summary on the build page and sets the build
 * result: UNSTABLE marks the build unstable, FAILED fails it.
 */
public final class LicenseGateBuilder extends Builder implements SimpleBuildStep {
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
    public LicenseGateBuilder() {
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
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        LicenseGateRunner.run(run, workspace, launcher, listener, parameters(), referenceJob, null);
    }

    /**
     * Its symbol is not {@code licenseGate}: that name belongs to {@link LicenseGateStep}, which returns the result
     * and marks the stage; one symbol on two descriptors would be ambiguous.
     */
    @Extension
    @Symbol("licenseGateBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        /** The form is the Pipeline step's (config.jelly includes it), and so is the help of every field. */
        public DescriptorImpl() {
            for (String field : LicenseGateStep.FIELDS) {
                addHelpFileRedirect(field, LicenseGateStep.class, field);
            }
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.LicenseGate_DisplayName();
        }

        @Override
        @SuppressWarnings("rawtypes") // the overridden signature is raw
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
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
