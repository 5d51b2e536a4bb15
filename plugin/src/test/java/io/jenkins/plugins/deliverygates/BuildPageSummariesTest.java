package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Result;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The gates' summaries on the build page are localized views ({@code summary.properties} next to each
 * {@code summary.jelly}) whose texts take the counts as message arguments: each renders its numbers, and none shows
 * a raw {@code {0}} or a missing key.
 */
@WithJenkins
class BuildPageSummariesTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));

    @Test
    void everyGateSummaryRendersItsCounts(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "summaries");
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        copy(workspace, "src/test/resources/io/jenkins/plugins/deliverygates/readme/jacoco.xml", "jacoco.xml");
        copy(workspace, "../engine/src/test/resources/io/deliverygates/license/npm-bom.json", "bom.json");
        copy(workspace, "../engine/src/test/resources/io/deliverygates/performance/jmh-run1.json", "jmh.json");
        copy(workspace, "../cli/src/main/resources/io/deliverygates/cli/demo/api/shop-client-1.4.0.jar", "old.jar");
        copy(workspace, "../cli/src/main/resources/io/deliverygates/cli/demo/api/shop-client-1.5.0.jar", "new.jar");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  qualityGate(jacoco: 'jacoco.xml', conditions: ['line>=0'])\n"
                + "  licenseGate(sboms: 'bom.json')\n"
                + "  performanceGate(jmh: 'jmh.json')\n"
                + "  catchError(buildResult: 'UNSTABLE') {\n"
                + "    apiCompatibility(newArtifact: 'new.jar', reference: 'old.jar')\n"
                + "  }\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        String page = j.createWebClient().getPage(run).asNormalizedText();
        assertThat(page).contains("Quality gate: PASSED", "no reference build", "Coverage: ")
                .contains("Quality gate: PASSED no reference build", "Performance gate: PASSED (1 no reference) no reference build")
                .contains("License gate: PASSED", "(25 components: 25 passed, 0 unstable, 0 failed, 0 excepted, "
                        + "0 without license, 25 new)", "License gate report")
                .contains("Performance gate: PASSED")
                .contains("API compatibility: FAILED", "3 breaking, 3 new, 0 allowed", "API compatibility report")
                .contains("against old.jar").doesNotContain(workspace.getRemote())
                .doesNotContain("{0}", "???");
    }

    private static void copy(FilePath workspace, String from, String to) throws Exception {
        workspace.child(to).copyFrom(new FilePath(BASE.resolve(from).toFile()));
    }
}
