package io.jenkins.plugins.deliverygates.performance;

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
import io.jenkins.plugins.deliverygates.GateResults;
import java.io.IOException;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The freestyle build step of the performance gate: the same parameters and behaviour as
 * {@link PerformanceGateStep}, placed after the steps that run the benchmarks or load tests.
 */
public final class PerformanceGateBuilder extends Builder implements SimpleBuildStep {
    private String jmh;
    private String pytest;
    private String googleBenchmark;
    private String jmeter;
    private String k6;
    private Double threshold;
    private Double confidence;
    private String method;
    private Integer minSamples;
    private String regression;
    private String missing;
    private boolean requireReference;
    private Double maxP95;
    private Double maxP99;
    private Double maxErrorRate;
    private Double maxErrorRateIncrease;
    private String limits;
    private String referenceJob;

    @DataBoundConstructor
    public PerformanceGateBuilder() {
    }

    public String getJmh() {
        return jmh;
    }

    @DataBoundSetter
    public void setJmh(String jmh) {
        this.jmh = Util.fixEmptyAndTrim(jmh);
    }

    public String getPytest() {
        return pytest;
    }

    @DataBoundSetter
    public void setPytest(String pytest) {
        this.pytest = Util.fixEmptyAndTrim(pytest);
    }

    public String getGoogleBenchmark() {
        return googleBenchmark;
    }

    @DataBoundSetter
    public void setGoogleBenchmark(String googleBenchmark) {
        this.googleBenchmark = Util.fixEmptyAndTrim(googleBenchmark);
    }

    public String getJmeter() {
        return jmeter;
    }

    @DataBoundSetter
    public void setJmeter(String jmeter) {
        this.jmeter = Util.fixEmptyAndTrim(jmeter);
    }

    public String getK6() {
        return k6;
    }

    @DataBoundSetter
    public void setK6(String k6) {
        this.k6 = Util.fixEmptyAndTrim(k6);
    }

    public Double getThreshold() {
        return threshold;
    }

    @DataBoundSetter
    public void setThreshold(Double threshold) {
        this.threshold = threshold;
    }

    public Double getConfidence() {
        return confidence;
    }

    @DataBoundSetter
    public void setConfidence(Double confidence) {
        this.confidence = confidence;
    }

    public String getMethod() {
        return method;
    }

    @DataBoundSetter
    public void setMethod(String method) {
        this.method = Util.fixEmptyAndTrim(method);
    }

    public Integer getMinSamples() {
        return minSamples;
    }

    @DataBoundSetter
    public void setMinSamples(Integer minSamples) {
        this.minSamples = minSamples;
    }

    public String getRegression() {
        return regression;
    }

    @DataBoundSetter
    public void setRegression(String regression) {
        this.regression = Util.fixEmptyAndTrim(regression);
    }

    public String getMissing() {
        return missing;
    }

    @DataBoundSetter
    public void setMissing(String missing) {
        this.missing = Util.fixEmptyAndTrim(missing);
    }

    public boolean isRequireReference() {
        return requireReference;
    }

    @DataBoundSetter
    public void setRequireReference(boolean requireReference) {
        this.requireReference = requireReference;
    }

    public Double getMaxP95() {
        return maxP95;
    }

    @DataBoundSetter
    public void setMaxP95(Double maxP95) {
        this.maxP95 = maxP95;
    }

    public Double getMaxP99() {
        return maxP99;
    }

    @DataBoundSetter
    public void setMaxP99(Double maxP99) {
        this.maxP99 = maxP99;
    }

    public Double getMaxErrorRate() {
        return maxErrorRate;
    }

    @DataBoundSetter
    public void setMaxErrorRate(Double maxErrorRate) {
        this.maxErrorRate = maxErrorRate;
    }

    public Double getMaxErrorRateIncrease() {
        return maxErrorRateIncrease;
    }

    @DataBoundSetter
    public void setMaxErrorRateIncrease(Double maxErrorRateIncrease) {
        this.maxErrorRateIncrease = maxErrorRateIncrease;
    }

    public String getLimits() {
        return limits;
    }

    @DataBoundSetter
    public void setLimits(String limits) {
        this.limits = Util.fixEmptyAndTrim(limits);
    }

    public String getReferenceJob() {
        return referenceJob;
    }

    @DataBoundSetter
    public void setReferenceJob(String referenceJob) {
        this.referenceJob = Util.fixEmptyAndTrim(referenceJob);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        PerformanceGateRunner.Evaluation evaluation = PerformanceGateRunner.run(run, workspace, listener,
                new PerformanceGateParameters(jmh, pytest, googleBenchmark, jmeter, k6, threshold, confidence, method, minSamples, regression, missing, requireReference, maxP95, maxP99, maxErrorRate, maxErrorRateIncrease, limits, referenceJob));
        GateResults.apply(evaluation.result().status(), evaluation.verdict(), run, null);
    }

    @Extension
    @Symbol("performanceGateBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        /** The form is the Pipeline step's (config.jelly includes it), and so is the help of every field. */
        public DescriptorImpl() {
            for (String field : List.of("jmh", "pytest", "googleBenchmark", "jmeter", "k6", "threshold", "confidence", "method", "minSamples", "regression", "missing", "requireReference", "maxP95", "maxP99", "maxErrorRate", "maxErrorRateIncrease", "limits", "referenceJob")) {
                addHelpFileRedirect(field, PerformanceGateStep.class, field);
            }
        }

        @Override
        @SuppressWarnings("rawtypes") // the signature Jenkins declares
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PerformanceGateStep_DisplayName();
        }
    }
}
