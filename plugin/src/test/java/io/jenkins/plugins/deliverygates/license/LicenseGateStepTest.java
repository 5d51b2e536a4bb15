package io.jenkins.plugins.deliverygates.license;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Label;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.slaves.DumbSlave;
import io.deliverygates.common.GateStatus;
import io.deliverygates.license.LicenseSummary;
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
class LicenseGateStepTest {
    private JenkinsRule j;
    private WorkflowJob job;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        job = j.createProject(WorkflowJob.class, "app");
    }

    private WorkflowRun build(String arguments, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  def r = licenseGate(" + arguments + ")\n"
                + "  echo \"after the gate: status=${r.status} components=${r.components} failed=${r.failed} "
                + "weak=${r.byCategory['weak-copyleft']}\"\n"
                + "}", true));
        return j.buildAndAssertStatus(expected, job);
    }

    @Test
    void defaultPolicyFailsTheBuildOnTheGplDriverAndArchivesTheReports() throws Exception {
        Sboms.install(j.jenkins.getWorkspaceFor(job), Sboms.MAVEN_XML, "target/bom.xml");

        WorkflowRun run = build("sboms: 'target/bom.xml'", Result.FAILURE);

        j.assertLogContains("License gate: FAILED: com.mysql:mysql-connector-j 8.0.33 [GPL-2.0-only WITH "
                + "Universal-FOSS-exception-1.0]", run);
        j.assertLogNotContains("after the gate", run);
        j.assertLogNotContains("\tat io.deliverygates", run);
        LicenseSummary summary = run.getAction(LicenseGateAction.class).getSummary();
        assertThat(summary.status()).isEqualTo(GateStatus.FAILED);
        assertThat(summary.components()).isEqualTo(20);
        assertThat(run.getArtifacts()).extracting(a -> a.relativePath).containsExactlyInAnyOrder(
                "license/license-gate.html", "license/license-gate.json", "license/license-summary.json");
    }

    @Test
    void unstableRuleMarksBuildAndStageAndTheScriptGoesOnWithTheResult() throws Exception {
        Sboms.install(j.jenkins.getWorkspaceFor(job), Sboms.MAVEN_XML, "target/bom.xml");

        WorkflowRun run = build("sboms: 'target/bom.xml', categoryRules: 'weak-copyleft=unstable', exceptions: "
                + "'pkg:maven/com.mysql/mysql-connector-j=2999-12-31:LEGAL-42, reviewed'", Result.UNSTABLE);

        j.assertLogContains("after the gate: status=UNSTABLE components=20 failed=0 weak=8", run);
        FlowNode marked = new DepthFirstScanner().findFirstMatch(run.getExecution(),
                node -> node.getPersistentAction(WarningAction.class) != null);
        assertThat(marked.getPersistentAction(WarningAction.class).getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(run.getAction(LicenseGateAction.class).getSummary().excepted()).isEqualTo(1);
    }

    @Test
    void readsTheSbomOnTheAgentThatHasTheWorkspace() throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get("remote"));
        Sboms.install(agent.getWorkspaceFor(job), Sboms.NPM_SPDX, "web/sbom.spdx.json");
        job.setDefinition(new CpsFlowDefinition("node('remote') {\n"
                + "  def r = licenseGate(sboms: '**/*.spdx.json')\n"
                + "  echo \"on ${env.NODE_NAME}: ${r.status} ${r.components}\"\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("on " + agent.getNodeName() + ": PASSED 25", run);
    }

    @Test
    void newOnlyComparesWithTheLastSuccessfulBuildsStoredSummary() throws Exception {
        Sboms.install(j.jenkins.getWorkspaceFor(job), Sboms.NPM_SPDX, "sbom.json");
        WorkflowRun first = build("sboms: 'sbom.json'", Result.SUCCESS);
        j.assertLogContains("no reference build", first);
        Sboms.install(j.jenkins.getWorkspaceFor(job), Sboms.MAVEN_XML, "bom.xml");

        WorkflowRun second = build("sboms: 'sbom.json, bom.xml', newOnly: true, denyList: 'MPL-2.0'",
                Result.FAILURE);

        LicenseGateAction action = second.getAction(LicenseGateAction.class);
        assertThat(action.getReferenceBuildId()).isEqualTo(first.getExternalizableId());
        assertThat(action.getSummary().newComponents()).isEqualTo(20);
        assertThat(action.getSummary().components()).isEqualTo(45);
        j.assertLogContains("com.mysql:mysql-connector-j", second);
    }

    /** Runs {@code licenseGate(ARGUMENTS)} alone, expecting the build to fail. */
    private WorkflowRun failing(String arguments) throws Exception {
        job.setDefinition(new CpsFlowDefinition("node { licenseGate(" + arguments + ") }", true));
        return j.buildAndAssertStatus(Result.FAILURE, job);
    }

    @Test
    void unreadableOrEmptySbomsFailNamingTheFileWithoutStackTrace() throws Exception {
        j.jenkins.getWorkspaceFor(job).child("empty.json").write("{\"bomFormat\": \"CycloneDX\", \"specVersion\": "
                + "\"1.6\", \"components\": []}", "UTF-8");

        WorkflowRun empty = failing("sboms: 'empty.json'");
        j.assertLogContains("empty.json: the CycloneDX JSON SBOM lists no components", empty);
        j.assertLogNotContains("\tat io.deliverygates", empty);
        assertThat(empty.getAction(LicenseGateAction.class)).isNull();

        j.assertLogContains("sboms: glob '**/bom.json' matches no file", failing("sboms: '**/bom.json'"));
        j.assertLogContains("sboms: '../../secrets/master.key' is outside the workspace",
                failing("sboms: '../../secrets/master.key'"));
        j.assertLogContains("denyList: 'Apache 2' is not an SPDX id",
                failing("sboms: 'empty.json', denyList: 'Apache 2'"));
        j.assertLogContains("referenceJob: no job 'nope'", failing("sboms: 'empty.json', referenceJob: 'nope'"));
    }

    @Test
    void stepRoundTripsThroughItsDataBoundSetters() throws Exception {
        LicenseGateStep step = new LicenseGateStep();
        step.setSboms("target/bom.json");
        step.setDenyList("AGPL-3.0-only");
        step.setExceptions("  pkg:npm/a=2027-01-01:LEGAL-1, reviewed\n");
        step.setNewOnly(true);

        DescribableModel<LicenseGateStep> model = DescribableModel.of(LicenseGateStep.class);
        Map<String, Object> arguments = model.uninstantiate2(step).toMap();
        assertThat(arguments).containsEntry("exceptions", "pkg:npm/a=2027-01-01:LEGAL-1, reviewed")
                .containsEntry("newOnly", true).doesNotContainKeys("allowList", "referenceJob", "denyAction");
        j.assertEqualDataBoundBeans(step, model.instantiate(arguments, TaskListener.NULL));
        assertThat(step.parameters().exceptions()).containsExactly("pkg:npm/a=2027-01-01:LEGAL-1, reviewed");
    }
}
