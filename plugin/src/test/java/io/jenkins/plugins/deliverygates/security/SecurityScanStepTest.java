package io.jenkins.plugins.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Describable;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import hudson.tasks.Builder;
import io.deliverygates.common.GateStatus;
import java.nio.file.Path;
import java.util.Map;
import org.jenkinsci.plugins.structs.SymbolLookup;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The Pipeline steps {@code securityDatabaseUpdate} and {@code securityScan}: returned values, stage and build. */
@WithJenkins
class SecurityScanStepTest {
    @TempDir
    Path temp;

    private JenkinsRule j;
    private WorkflowJob job;

    @BeforeEach
    void configure(JenkinsRule rule) throws Exception {
        j = rule;
        SecurityScanConfiguration configuration = SecurityScanConfiguration.get();
        configuration.setDataDirectory(temp.resolve("nvd").toString());
        configuration.setFeedUrl(SecurityFeed.write(temp.resolve("feed")));
        job = j.createProject(WorkflowJob.class, "app");
        SecurityFeed.installJar(j.jenkins.getWorkspaceFor(job));
    }

    private WorkflowRun build(String scanArguments, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  def db = securityDatabaseUpdate()\n"
                + "  echo \"database changed=${db.changed} bytes>0=${db.databaseBytes > 0}\"\n"
                + "  stage('scan') {\n"
                + "    def r = securityScan(paths: '" + SecurityFeed.JAR_IN_WORKSPACE + "', " + scanArguments + ")\n"
                + "    echo \"after the scan: status=${r.status} max=${r.maxCvss} ${r.maxCvssSource}"
                + " critical=${r.total.CRITICAL} medium=${r.total.MEDIUM} high=${r.total.HIGH} new=${r.newCount}"
                + " top=${r.top[0].id}@${r.top[0].dependency} violations=${r.violations.size()}\"\n"
                + "  }\n"
                + "}", true));
        return j.buildAndAssertStatus(expected, job);
    }

    @Test
    void passingScanReturnsTheSummaryToTheScript() throws Exception {
        WorkflowRun run = build("maxCvss: 10.0", Result.SUCCESS);

        j.assertLogContains("database changed=true bytes>0=true", run);
        j.assertLogContains("after the scan: status=PASSED max=10.0 CVSS v3 critical=1 medium=1 high=0 new=2"
                + " top=CVE-2021-44228@log4j-core-2.14.1.jar violations=0", run);
        assertThat(warning(run)).isNull();
        FilePath scanTemp = WorkspaceList.tempDir(j.jenkins.getWorkspaceFor(job)).child("delivery-gates-scan");
        assertThat(scanTemp.isDirectory()).as("the scan's temporary folder next to the workspace").isTrue();
        assertThat(scanTemp.list()).as("left behind in " + scanTemp).isEmpty();
    }

    @Test
    void unstableScanMarksBuildAndStageUnstableAndTheScriptGoesOn() throws Exception {
        WorkflowRun run = build("maxCvss: 9.0, criticality: 'UNSTABLE'", Result.UNSTABLE);

        j.assertLogContains("after the scan: status=UNSTABLE max=10.0", run);
        j.assertLogContains("violations=1", run);
        WarningAction warning = warning(run);
        assertThat(warning).isNotNull();
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).isEqualTo("Security scan UNSTABLE: finding CVE-2021-44228 in "
                + "log4j-core-2.14.1.jar has CVSS v3 10.0, above the maximum 9.0");
        assertThat(run.getAction(SecurityScanAction.class).getStatus()).isEqualTo(GateStatus.UNSTABLE);
    }

    @Test
    void failedScanFailsTheStepWithTheViolationsAndNoStackTrace() throws Exception {
        WorkflowRun run = build("failOnSeverity: 'MEDIUM'", Result.FAILURE);

        j.assertLogContains("Security scan FAILED: 2 finding(s) of severity MEDIUM or worse", run);
        j.assertLogNotContains("after the scan", run);
        j.assertLogNotContains("\tat ", run);
        assertThat(run.getAction(SecurityScanAction.class).getStatus()).isEqualTo(GateStatus.FAILED);
        assertThat(run.getArtifacts()).extracting(a -> a.relativePath).contains("security/security-summary.json");
    }

    @Test
    void eachSymbolNamesOneDescriptorTheStepsHaveThePipelineNames() throws Exception {
        SymbolLookup symbols = SymbolLookup.get();
        assertThat(symbols.findDescriptor(Describable.class, "securityScan"))
                .isInstanceOf(SecurityScanStep.DescriptorImpl.class);
        assertThat(symbols.findDescriptor(Builder.class, "securityScan")).isNull();
        assertThat(symbols.findDescriptor(Describable.class, "securityDatabaseUpdate"))
                .isInstanceOf(SecurityDatabaseUpdateStep.DescriptorImpl.class);
        assertThat(symbols.findDescriptor(Builder.class, "securityDatabaseUpdate")).isNull();
        assertThat(symbols.findDescriptor(Builder.class, "securityScanBuilder"))
                .isInstanceOf(SecurityScanBuilder.DescriptorImpl.class);
        assertThat(symbols.findDescriptor(Builder.class, "securityDatabaseUpdateBuilder"))
                .isInstanceOf(SecurityDatabaseUpdateBuilder.DescriptorImpl.class);
    }

    @Test
    void stepParametersRoundTripAsTheSnippetGeneratorWritesThem() throws Exception {
        SecurityScanStep step = new SecurityScanStep();
        step.setPaths("target/lib");
        step.setMaxCvss(8.9);
        step.setCriticality("UNSTABLE");
        step.setAllowList("CVE-2022-1471=2027-03-31");
        step.setNewOnly(true);

        DescribableModel<SecurityScanStep> model = DescribableModel.of(SecurityScanStep.class);
        Map<String, Object> arguments = model.uninstantiate2(step).toMap();

        assertThat(arguments).containsEntry("paths", "target/lib").containsEntry("maxCvss", 8.9)
                .containsEntry("criticality", "UNSTABLE").containsEntry("newOnly", true)
                .doesNotContainKeys("denyList", "dataDirectory", "referenceJob");
        j.assertEqualDataBoundBeans(step, model.instantiate(arguments, TaskListener.NULL));
    }

    /** Issue #11: nothing scanned fails unless allowEmpty; validForHours skips the update and says so. */
    @Test
    void anEmptyScanFailsUnlessAllowedAndAnUpdateWithinValidForHoursSaysItSkipped() throws Exception {
        // Scan paths are relative to the workspace: a folder there that holds no dependency.
        j.jenkins.getWorkspaceFor(job).child("docs/README.txt").write("no dependencies here", "UTF-8");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  securityDatabaseUpdate()\n"
                + "  def again = securityDatabaseUpdate(validForHours: 4)\n"
                + "  echo \"second update skipped=${again.skipped}\"\n"
                + "  def r = securityScan(paths: 'docs', allowEmpty: true)\n"
                + "  echo \"allowed empty scan: ${r.status} with ${r.dependencies} dependencies\"\n"
                + "  securityScan(paths: 'docs')\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("second update skipped=true", run);
        j.assertLogContains("within validForHours", run);
        j.assertLogContains("allowed empty scan: PASSED with 0 dependencies", run);
        j.assertLogContains("docs: no dependencies found in the scanned paths", run);
        j.assertLogNotContains("\tat ", run);
    }

    private static WarningAction warning(WorkflowRun run) {
        FlowNode marked = new DepthFirstScanner().findFirstMatch(run.getExecution(),
                node -> node.getPersistentAction(WarningAction.class) != null);
        return marked == null ? null : marked.getPersistentAction(WarningAction.class);
    }
}
