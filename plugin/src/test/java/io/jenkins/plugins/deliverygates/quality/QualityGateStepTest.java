package io.jenkins.plugins.deliverygates.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hudson.model.Label;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.slaves.DumbSlave;
import io.deliverygates.common.GateStatus;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class QualityGateStepTest {
    private JenkinsRule j;
    private WorkflowJob job;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        job = j.createProject(WorkflowJob.class, "app");
    }

    private WorkflowRun build(String report, String conditions, Result expected) throws Exception {
        Reports.install(j.jenkins, job, report);
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  def r = qualityGate(cobertura: 'coverage.xml', conditions: [" + conditions + "])\n"
                + "  echo \"after the gate: status=${r.status} line=${r.totals.line} rows=${r.conditions.size()}\"\n"
                + "}", true));
        return j.buildAndAssertStatus(expected, job);
    }

    @Test
    void passingGateReturnsTheResultToTheScript() throws Exception {
        WorkflowRun run = build(Reports.COVERAGE_PY, "'line>=60', 'branch>=50'", Result.SUCCESS);

        j.assertLogContains("after the gate: status=PASSED", run);
        QualityGateAction action = run.getAction(QualityGateAction.class);
        assertThat(action.getStatus()).isEqualTo(GateStatus.PASSED);
        assertThat(action.getRows()).extracting(QualityGateAction.Row::getCondition).containsExactly("line>=60", "branch>=50");
        assertThat(action.getRows().get(0).getActual()).isCloseTo(69.23, within(0.01));
        assertThat(action.getSummary().totals()).isNotNull();
    }

    @Test
    void unstableConditionMarksBuildAndStageUnstableAndTheScriptGoesOn() throws Exception {
        WorkflowRun run = build(Reports.COVERAGE_PY, "'line>=80:unstable'", Result.UNSTABLE);

        j.assertLogContains("after the gate: status=UNSTABLE", run);
        j.assertLogContains("line coverage 69.23%", run);
        FlowNode marked = new DepthFirstScanner().findFirstMatch(run.getExecution(),
                node -> node.getPersistentAction(WarningAction.class) != null);
        assertThat(marked).isNotNull();
        assertThat(marked.getPersistentAction(WarningAction.class).getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(marked.getPersistentAction(WarningAction.class).getMessage()).contains("does not meet >= 80% -> unstable");
    }

    @Test
    void failingConditionFailsTheBuildWithTheViolatedCondition() throws Exception {
        WorkflowRun run = build(Reports.COVERAGE_PY, "'line>=80'", Result.FAILURE);

        j.assertLogContains("Quality gate FAILED: line coverage 69.23%", run);
        j.assertLogNotContains("after the gate", run);
        assertThat(run.getAction(QualityGateAction.class).getStatus()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void classMismatchWarnsByDefaultAndFailsWhenAsked() throws Exception {
        Reports.installMismatchedExec(j.jenkins.getWorkspaceFor(job));
        String gate = "qualityGate(jacocoExec: 'build1.exec', classes: 'build2', conditions: ['line>=0']";
        job.setDefinition(new CpsFlowDefinition("node {\n  def r = " + gate + ")\n"
                + "  echo \"warnings: ${r.warnings.size()}\"\n}", true));
        WorkflowRun warned = j.buildAndAssertStatus(Result.SUCCESS, job);
        job.setDefinition(new CpsFlowDefinition("node {\n  " + gate + ", failOnClassMismatch: true)\n}", true));
        WorkflowRun failed = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("WARNING: Some classes do not match with execution data: 1 class does not match", warned);
        j.assertLogContains("warnings: 1", warned);
        assertThat(warned.getAction(QualityGateAction.class).getWarnings()).singleElement().asString()
                .contains("Some classes do not match with execution data", "mm.Calc");
        assertThat(j.createWebClient().getPage(warned).asNormalizedText())
                .contains("Warning: Some classes do not match with execution data");
        j.assertLogContains("1 class does not match the execution data of ", failed);
        j.assertLogContains("build1.exec (mm.Calc)", failed);
        j.assertLogNotContains("\tat ", failed);
    }

    @Test
    void readsTheReportsOnTheAgentThatHasTheWorkspace() throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get("remote"));
        Reports.install(agent.getWorkspaceFor(job), Reports.GCOVR);
        job.setDefinition(new CpsFlowDefinition("node('remote') {\n"
                + "  def r = qualityGate(cobertura: 'coverage.xml', conditions: ['line>=75'])\n"
                + "  echo \"on ${env.NODE_NAME}: ${r.status} ${r.totals.line}\"\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("on " + agent.getNodeName() + ": PASSED 76.92", run);
    }

    @Test
    void deltaIsCheckedAgainstTheLastSuccessfulBuildsStoredSummary() throws Exception {
        WorkflowRun first = build(Reports.GCOVR, "'line:delta>=-1:unstable'", Result.SUCCESS);
        j.assertLogContains("no reference build", first);

        WorkflowRun second = build(Reports.COVERAGE_PY, "'line:delta>=-1:unstable'", Result.UNSTABLE);

        QualityGateAction action = second.getAction(QualityGateAction.class);
        assertThat(action.getReferenceBuildId()).isEqualTo(first.getExternalizableId());
        QualityGateAction.Row row = action.getRows().get(0);
        assertThat(row.getReference()).isCloseTo(76.92, within(0.01));
        assertThat(row.getDelta()).isCloseTo(69.23 - 76.92, within(0.01));
    }

    /** Runs {@code qualityGate(ARGUMENTS)} alone, expecting the build to fail. */
    private WorkflowRun failing(String arguments) throws Exception {
        job.setDefinition(new CpsFlowDefinition("node { qualityGate(" + arguments + ") }", true));
        return j.buildAndAssertStatus(Result.FAILURE, job);
    }

    @Test
    void missingReportFailsNamingTheFileWithoutStackTrace() throws Exception {
        WorkflowRun run = failing("cobertura: 'reports/missing.xml', conditions: ['line>=80']");

        j.assertLogContains("reports/missing.xml", run);
        j.assertLogNotContains("\tat io.deliverygates", run);
        assertThat(run.getAction(QualityGateAction.class)).isNull();
    }

    @Test
    void reportOutsideTheWorkspaceIsRefused() throws Exception {
        WorkflowRun run = failing("cobertura: '../../secrets/master.key', conditions: ['line>=80']");

        j.assertLogContains("cobertura: '../../secrets/master.key' is outside the workspace", run);
    }

    @Test
    void unknownReferenceJobIsAnErrorNamingTheParameter() throws Exception {
        Reports.install(j.jenkins, job, Reports.COVERAGE_PY);

        WorkflowRun run = failing("cobertura: 'coverage.xml', referenceJob: 'nope', conditions: ['line>=10']");

        j.assertLogContains("referenceJob: no job 'nope'", run);
    }

    @Test
    void badConditionIsAnErrorNamingTheParameter() throws Exception {
        WorkflowRun run = build(Reports.COVERAGE_PY, "'line>>80'", Result.FAILURE);

        j.assertLogContains("conditions: cannot read condition 'line>>80'", run);
    }

    @Test
    void stepRoundTripsThroughItsDataBoundSetters() throws Exception {
        QualityGateStep step = new QualityGateStep();
        step.setCobertura("coverage.xml");
        step.setConditions(List.of("line>=80\n  branch>=60:unstable", ""));
        step.setFailOnMissingMetric(true);

        assertThat(step.getConditions()).containsExactly("line>=80", "branch>=60:unstable");
        assertThat(step.getConditionsText()).isEqualTo("line>=80\nbranch>=60:unstable");
        DescribableModel<QualityGateStep> model = DescribableModel.of(QualityGateStep.class);
        Map<String, Object> arguments = model.uninstantiate2(step).toMap();
        assertThat(arguments).containsEntry("conditions", List.of("line>=80", "branch>=60:unstable"))
                .doesNotContainKeys("jacoco", "referenceJob");
        j.assertEqualDataBoundBeans(step, model.instantiate(arguments, TaskListener.NULL));
    }
}
