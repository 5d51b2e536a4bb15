package io.jenkins.plugins.deliverygates.performance;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
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

/**
 * {@code performanceGate(jmh: 'build/jmh-result.json', threshold: 10)}: compares benchmark and load-test results
 * with the last successful build's, with statistics (docs/performance-gate.md), and returns the result as a map
 * ({@code status}, {@code rows}, {@code referenceBuild}). UNSTABLE marks the build and the stage unstable; FAILED
 * fails the step.
 */
public final class PerformanceGateStep extends Step implements GateStep {
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
    public PerformanceGateStep() {
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

    PerformanceGateParameters parameters() {
        return new PerformanceGateParameters(jmh, pytest, googleBenchmark, jmeter, k6, threshold, confidence, method, minSamples, regression, missing, requireReference, maxP95, maxP99, maxErrorRate, maxErrorRateIncrease, limits, referenceJob);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GateStepExecution(context, check());
    }

    /** The gate with this step's parameters, as the Pipeline step and the freestyle build step run it. */
    @Override
    public GateCheck check() {
        PerformanceGateParameters parameters = parameters();
        return at -> PerformanceGateRunner.toMap(PerformanceGateRunner.run(at, parameters));
    }

    @Extension
    @Symbol("performanceGate")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "performanceGate";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PerformanceGateStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, FlowNode.class);
        }
    }
}
