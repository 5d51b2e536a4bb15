package io.jenkins.plugins.deliverygates.quality;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.deliverygates.GateResults;
import java.io.IOException;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step of the quality gate: the same parameters and behaviour as {@link QualityGateStep}
 * (UNSTABLE marks the build unstable, FAILED fails it), placed after the steps that write the coverage reports.
 */
public final class QualityGateBuilder extends Builder implements SimpleBuildStep {
    private String jacoco;
    private String jacocoExec;
    private String classes;
    private String cobertura;
    private List<String> conditions = List.of();
    private String referenceJob;
    private boolean failOnMissingMetric;
    private boolean failOnClassMismatch;

    @DataBoundConstructor
    public QualityGateBuilder() {
    }

    public String getJacoco() {
        return jacoco;
    }

    @DataBoundSetter
    public void setJacoco(String jacoco) {
        this.jacoco = Util.fixEmptyAndTrim(jacoco);
    }

    public String getJacocoExec() {
        return jacocoExec;
    }

    @DataBoundSetter
    public void setJacocoExec(String jacocoExec) {
        this.jacocoExec = Util.fixEmptyAndTrim(jacocoExec);
    }

    public String getClasses() {
        return classes;
    }

    @DataBoundSetter
    public void setClasses(String classes) {
        this.classes = Util.fixEmptyAndTrim(classes);
    }

    public String getCobertura() {
        return cobertura;
    }

    @DataBoundSetter
    public void setCobertura(String cobertura) {
        this.cobertura = Util.fixEmptyAndTrim(cobertura);
    }

    public List<String> getConditions() {
        return conditions;
    }

    @DataBoundSetter
    public void setConditions(List<String> conditions) {
        this.conditions = QualityGateParameters.conditionLines(conditions);
    }

    public String getConditionsText() {
        return QualityGateParameters.conditionsText(conditions);
    }

    public String getReferenceJob() {
        return referenceJob;
    }

    @DataBoundSetter
    public void setReferenceJob(String referenceJob) {
        this.referenceJob = Util.fixEmptyAndTrim(referenceJob);
    }

    public boolean isFailOnMissingMetric() {
        return failOnMissingMetric;
    }

    @DataBoundSetter
    public void setFailOnMissingMetric(boolean failOnMissingMetric) {
        this.failOnMissingMetric = failOnMissingMetric;
    }

    public boolean isFailOnClassMismatch() {
        return failOnClassMismatch;
    }

    /** Classes that do not match the {@code .exec} data (another build's class files) fail instead of warning. */
    @DataBoundSetter
    public void setFailOnClassMismatch(boolean failOnClassMismatch) {
        this.failOnClassMismatch = failOnClassMismatch;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        QualityGateRunner.Evaluation evaluation = QualityGateRunner.run(run, workspace, listener,
                new QualityGateParameters(jacoco, jacocoExec, classes, cobertura, conditions, referenceJob,
                failOnMissingMetric, failOnClassMismatch));
        GateResults.apply(evaluation.result().status(), evaluation.verdict(), run, null);
    }

    @Extension
    @Symbol("qualityGateBuilder")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        /** The form is the Pipeline step's (config.jelly includes it), and so is the help of every field. */
        public DescriptorImpl() {
            for (String field : List.of("jacoco", "jacocoExec", "classes", "cobertura", "conditions", "referenceJob",
                    "failOnMissingMetric", "failOnClassMismatch")) {
                addHelpFileRedirect(field, QualityGateStep.class, field);
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
            return Messages.QualityGate_DisplayName();
        }

        @POST
        public FormValidation doCheckConditions(@QueryParameter String value) {
            return ConditionsCheck.check(value);
        }
    }
}
