package io.jenkins.plugins.deliverygates.quality;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.deliverygates.GateCheck;
import io.jenkins.plugins.deliverygates.GateStep;
import io.jenkins.plugins.deliverygates.GateStepExecution;
import java.util.List;
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
 * {@code qualityGate(jacoco: 'target/site/jacoco/jacoco.xml', conditions: ['line>=80', 'line:delta>=-0.5:unstable'])}:
 * checks code coverage against conditions and returns the result as a map ({@code status}, {@code conditions},
 * {@code totals}, {@code referenceBuild}). UNSTABLE marks the build and the stage unstable; FAILED fails the step.
 */
public final class QualityGateStep extends Step implements GateStep {
    private String jacoco;
    private String jacocoExec;
    private String classes;
    private String cobertura;
    private List<String> conditions = List.of();
    private String referenceJob;
    private boolean failOnMissingMetric;
    private boolean failOnClassMismatch;

    @DataBoundConstructor
    public QualityGateStep() {
    }

    public String getJacoco() {
        return jacoco;
    }

    /** JaCoCo XML reports: comma-separated files or Ant globs relative to the workspace. */
    @DataBoundSetter
    public void setJacoco(String jacoco) {
        this.jacoco = Util.fixEmptyAndTrim(jacoco);
    }

    public String getJacocoExec() {
        return jacocoExec;
    }

    /** JaCoCo {@code .exec} files, read with the class folders or jars given in {@link #setClasses}. */
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

    /** Condition strings, one per element; the form's text area sends one per line. */
    @DataBoundSetter
    public void setConditions(List<String> conditions) {
        this.conditions = QualityGateParameters.conditionLines(conditions);
    }

    /** For the form's text area. */
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

    QualityGateParameters parameters() {
        return new QualityGateParameters(jacoco, jacocoExec, classes, cobertura, conditions, referenceJob,
                failOnMissingMetric, failOnClassMismatch);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GateStepExecution(context, check());
    }

    /** The gate with this step's parameters, as the Pipeline step and the freestyle build step run it. */
    @Override
    public GateCheck check() {
        QualityGateParameters parameters = parameters();
        return at -> QualityGateRunner.toMap(QualityGateRunner.run(at, parameters));
    }

    @Extension
    @Symbol("qualityGate")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "qualityGate";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.QualityGate_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, FlowNode.class);
        }

        /** Checks the condition syntax as the user types (one condition per line). */
        @POST
        public FormValidation doCheckConditions(@QueryParameter String value) {
            return ConditionsCheck.check(value);
        }
    }
}
