package io.jenkins.plugins.deliverygates.security;

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
 * The security scan as a freestyle build step (the Pipeline step is {@link SecurityScanStep}). Scans on the agent
 * against the agent's database (filled by {@code securityDatabaseUpdate}; a scan never updates), archives the reports
 * under {@code security/}, shows the summary on the build page and sets the build result: UNSTABLE marks the build
 * unstable, FAILED fails it.
 */
public final class SecurityScanBuilder extends Builder implements SimpleBuildStep {
    private String paths;
    private String suppressionFiles;
    private Double maxCvss;
    private String failOnSeverity;
    private boolean newOnly;
    private String criticality = "FAILURE";
    private String denyList;
    private String allowList;
    private String formats = "html,json,sarif";
    private String dataDirectory;
    private String referenceJob;
    private boolean experimental;
    private boolean networkAnalyzers;
    private boolean allowEmpty;

    @DataBoundConstructor
    public SecurityScanBuilder() {
    }

    public String getPaths() {
        return paths;
    }

    /** Files and folders to scan, relative to the workspace; separated by commas or new lines. */
    @DataBoundSetter
    public void setPaths(String paths) {
        this.paths = Util.fixEmptyAndTrim(paths);
    }

    public String getSuppressionFiles() {
        return suppressionFiles;
    }

    @DataBoundSetter
    public void setSuppressionFiles(String suppressionFiles) {
        this.suppressionFiles = Util.fixEmptyAndTrim(suppressionFiles);
    }

    public Double getMaxCvss() {
        return maxCvss;
    }

    @DataBoundSetter
    public void setMaxCvss(Double maxCvss) {
        this.maxCvss = maxCvss;
    }

    public String getFailOnSeverity() {
        return failOnSeverity;
    }

    @DataBoundSetter
    public void setFailOnSeverity(String failOnSeverity) {
        this.failOnSeverity = Util.fixEmptyAndTrim(failOnSeverity);
    }

    public boolean isNewOnly() {
        return newOnly;
    }

    @DataBoundSetter
    public void setNewOnly(boolean newOnly) {
        this.newOnly = newOnly;
    }

    public String getCriticality() {
        return criticality;
    }

    @DataBoundSetter
    public void setCriticality(String criticality) {
        this.criticality = Util.fixEmptyAndTrim(criticality) == null ? "FAILURE" : criticality.trim();
    }

    public String getDenyList() {
        return denyList;
    }

    @DataBoundSetter
    public void setDenyList(String denyList) {
        this.denyList = Util.fixEmptyAndTrim(denyList);
    }

    public String getAllowList() {
        return allowList;
    }

    /** {@code CVE-ID=YYYY-MM-DD} entries, separated by commas or new lines. */
    @DataBoundSetter
    public void setAllowList(String allowList) {
        this.allowList = Util.fixEmptyAndTrim(allowList);
    }

    public String getFormats() {
        return formats;
    }

    @DataBoundSetter
    public void setFormats(String formats) {
        this.formats = Util.fixEmptyAndTrim(formats) == null ? "html,json,sarif" : formats.trim();
    }

    public String getDataDirectory() {
        return dataDirectory;
    }

    /** Overrides the global data directory for this step. */
    @DataBoundSetter
    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = Util.fixEmptyAndTrim(dataDirectory);
    }

    public String getReferenceJob() {
        return referenceJob;
    }

    @DataBoundSetter
    public void setReferenceJob(String referenceJob) {
        this.referenceJob = Util.fixEmptyAndTrim(referenceJob);
    }

    public boolean isExperimental() {
        return experimental;
    }

    @DataBoundSetter
    public void setExperimental(boolean experimental) {
        this.experimental = experimental;
    }

    public boolean isNetworkAnalyzers() {
        return networkAnalyzers;
    }

    @DataBoundSetter
    public void setNetworkAnalyzers(boolean networkAnalyzers) {
        this.networkAnalyzers = networkAnalyzers;
    }

    public boolean isAllowEmpty() {
        return allowEmpty;
    }

    /** Pass when the paths hold no dependency at all (by default that fails: nothing was checked). */
    @DataBoundSetter
    public void setAllowEmpty(boolean allowEmpty) {
        this.allowEmpty = allowEmpty;
    }

    SecurityScanParameters parameters() {
        return SecurityScanParameters.of(paths, suppressionFiles, maxCvss, failOnSeverity, newOnly, criticality,
                denyList, allowList, formats, dataDirectory, experimental, networkAnalyzers,
                allowEmpty);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        SecurityScanRunner.run(run, workspace, launcher, listener, parameters(), referenceJob, null);
    }

    /**
     * Its symbol is not {@code securityScan}: that name belongs to {@link SecurityScanStep}, which returns the result
     * and marks the stage. Pipeline's DSL looks up step function names before symbols, and structs' SymbolLookup
     * returns whichever descriptor it meets first for a symbol, so one name on two descriptors would be ambiguous.
     */
    @Extension
    @Symbol("securityScanBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        /** The form is the Pipeline step's (config.jelly includes it), and so is the help of every field. */
        public DescriptorImpl() {
            for (String field : SecurityScanStep.FIELDS) {
                addHelpFileRedirect(field, SecurityScanStep.class, field);
            }
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.SecurityScanStep_DisplayName();
        }

        @Override
        @SuppressWarnings("rawtypes") // the overridden signature is raw
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        public FormValidation doCheckFailOnSeverity(@QueryParameter String value) {
            return SecurityScanChecks.failOnSeverity(value);
        }

        @POST
        public FormValidation doCheckAllowList(@QueryParameter String value) {
            return SecurityScanChecks.allowList(value);
        }
    }
}
