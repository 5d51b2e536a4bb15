package io.jenkins.plugins.deliverygates.security;

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
 * {@code def r = securityScan(paths: 'target/lib', maxCvss: 8.9, criticality: 'UNSTABLE')}: scans on the agent that
 * holds the workspace against that agent's database (filled by {@code securityDatabaseUpdate}; a scan never
 * updates), archives the reports under {@code security/}, shows the summary on the build page and returns it as a
 * map ({@code status}, {@code maxCvss}, {@code total}, {@code newFindings}, {@code violations}, {@code top}, ...).
 * UNSTABLE marks the build and the stage unstable and the script goes on; FAILED fails the step with the violations.
 */
public final class SecurityScanStep extends Step implements GateStep {
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
    public SecurityScanStep() {
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
    public StepExecution start(StepContext context) {
        return new GateStepExecution(context, check());
    }

    /** The gate with this step's parameters, as the Pipeline step and the freestyle build step run it. */
    @Override
    public GateCheck check() {
        SecurityScanParameters parameters = parameters();
        String reference = referenceJob;
        return at -> SecurityScanRunner.toMap(SecurityScanRunner.run(at, parameters, reference));
    }

    @Extension
    @Symbol("securityScan")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "securityScan";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.SecurityScanStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, FlowNode.class);
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
