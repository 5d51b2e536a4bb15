package io.jenkins.plugins.deliverygates.security;

import hudson.FilePath;
import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The database update and the scan on a real agent (a separate JVM connected through remoting), on a real vulnerable
 * jar in the agent's workspace: dependency-check, its H2 database and Lucene index run there, and only the summary
 * crosses remoting's class filter back to the controller.
 */
@WithJenkins
class SecurityScanOnAgentTest {
    @TempDir
    Path temp;

    @Test
    void updatesAndScansARealVulnerableJarOnAnAgentThroughRemoting(JenkinsRule j) throws Exception {
        SecurityScanConfiguration configuration = SecurityScanConfiguration.get();
        configuration.setDataDirectory(temp.resolve("nvd").toString());
        configuration.setFeedUrl(SecurityFeed.write(temp.resolve("feed")));
        DumbSlave agent = j.createOnlineSlave(Label.get("scanner"));
        WorkflowJob job = j.createProject(WorkflowJob.class, "app");
        FilePath workspace = agent.getWorkspaceFor(job);
        workspace.child("lib/log4j-core-2.14.1.jar").copyFrom(SecurityFeed.VULNERABLE_JAR.toUri().toURL());
        job.setDefinition(new CpsFlowDefinition("node('scanner') {\n"
                + "  securityDatabaseUpdate()\n"
                + "  def result = securityScan paths: 'lib', maxCvss: 9.0, criticality: 'UNSTABLE'\n"
                + "  echo \"scan status=${result.status}\"\n"
                + "}", true));

        WorkflowRun run = j.assertBuildStatus(Result.UNSTABLE, job.scheduleBuild2(0));

        j.assertLogContains("Running on " + agent.getNodeName(), run);
        j.assertLogContains("finding CVE-2021-44228 in log4j-core-2.14.1.jar has CVSS v3 10.0", run);
        j.assertLogContains("scan status=UNSTABLE", run);
        j.assertLogNotContains("Exception", run);
    }
}
