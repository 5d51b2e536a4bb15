package io.jenkins.plugins.deliverygates.security;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A job names only paths in its workspace: on the built-in node anything else would be the controller's files.
 * Only the administrator's global data directory may be anywhere.
 */
@WithJenkins
class SecurityScanWorkspacePathsTest {
    @Test
    void absoluteAndParentPathsAreRefusedBeforeAnythingRuns(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "app");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  def attempts = [[paths: '/etc'], [paths: 'lib,../other-job/lib'], [paths: 'lib', "
                + "suppressionFiles: '/var/lib/jenkins/secrets/x.xml'], [paths: 'lib', dataDirectory: '/tmp/nvd']]\n"
                + "  for (def attempt : attempts) {\n"
                + "    try { securityScan(attempt) } catch (e) { echo \"refused: ${e.message}\" }\n"
                + "  }\n"
                + "  try { securityDatabaseUpdate(dataDirectory: '../../nvd') } catch (e) { echo \"refused: ${e.message}\" }\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("refused: Security scan: paths: '/etc' is outside the workspace", run);
        j.assertLogContains("refused: Security scan: paths: '../other-job/lib' is outside the workspace", run);
        j.assertLogContains("refused: Security scan: suppressionFiles: '/var/lib/jenkins/secrets/x.xml' is outside",
                run);
        j.assertLogContains("refused: Security scan: dataDirectory: '/tmp/nvd' is outside the workspace", run);
        j.assertLogContains("refused: Security database update: dataDirectory: '../../nvd' is outside", run);
    }
}
