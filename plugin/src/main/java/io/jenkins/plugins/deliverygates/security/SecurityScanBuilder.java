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
import io.deliverygates.common.InputException;
import io.deliverygates.security.AllowEntry;
import io.deliverygates.security.Severity;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The security scan as a freestyle build step and, through its symbol, as the Pipeline step
 * {@code securityScan paths: ['target/lib'], maxCvss: 8.9, criticality: 'UNSTABLE'}. Scans on the agent against
 * the agent's database (filled by {@code securityDatabaseUpdate}; a scan never updates), archives the reports
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

    SecurityScanParameters parameters() {
        String directory = dataDirectory != null ? dataDirectory : SecurityScanConfiguration.get().getDataDirectory();
        return new SecurityScanParameters(values(paths), values(suppressionFiles), maxCvss, failOnSeverity, newOnly,
                criticality, values(denyList), values(allowList), formats, directory, experimental, networkAnalyzers);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        SecurityScanRunner.run(run, workspace, launcher, listener, parameters(), referenceJob);
    }

    /** A list parameter: values separated by commas or new lines (the form's text areas send new lines). */
    static List<String> values(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n\\r]+")).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }

    @Extension
    @Symbol("securityScan")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @NonNull
        @Override
        public String getDisplayName() {
            return "Security scan (dependency-check)";
        }

        @Override
        @SuppressWarnings("rawtypes") // the overridden signature is raw
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        public FormValidation doCheckFailOnSeverity(@QueryParameter String value) {
            return check(() -> {
                if (Util.fixEmptyAndTrim(value) != null) {
                    Severity.parse("failOnSeverity", value);
                }
            });
        }

        @POST
        public FormValidation doCheckAllowList(@QueryParameter String value) {
            return check(() -> values(value).forEach(entry -> AllowEntry.parse("allowList", entry)));
        }

        private static FormValidation check(Runnable validation) {
            try {
                validation.run();
                return FormValidation.ok();
            } catch (InputException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
