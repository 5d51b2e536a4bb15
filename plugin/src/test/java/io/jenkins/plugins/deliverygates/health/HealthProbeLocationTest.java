package io.jenkins.plugins.deliverygates.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hudson.model.Result;
import hudson.slaves.DumbSlave;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Where probes run: on the agent of the enclosing node; from the controller only for an administrator's allow-listed
 * URL, and then without response bodies in the log (the controller's network position is not the job's).
 */
@WithJenkins
class HealthProbeLocationTest {
    @RegisterExtension
    final HealthService service = new HealthService();

    private static WorkflowRun run(JenkinsRule j, String script, Result expected) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    @Test
    void outsideANodeAUrlNotOnTheAllowListIsRefusedWithoutARequest(JenkinsRule j) throws Exception {
        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "') { echo 'ROLLING BACK' }",
                Result.FAILURE);

        j.assertLogContains("healthRollback: put it inside a node block", run);
        assertEquals(0, service.requests.get());
    }

    @Test
    void outsideANodeAnAllowListedUrlIsProbedFromTheControllerWithoutShowingBodies(JenkinsRule j)
            throws Exception {
        HealthProbeSettings.get().setControllerUrls("http://127.0.0.1:" + service.port() + "/health");
        service.status.set(503);

        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "', interval: '20ms', count: 2) {\n"
                + "  echo 'ROLLING BACK'\n}", Result.FAILURE);

        j.assertLogContains("probing from the controller", run);
        j.assertLogContains("status 503, expected 200-299", run);
        j.assertLogContains("ROLLING BACK", run);
        j.assertLogNotContains("DOWN", run); // the body the service answered with
        assertEquals(1, service.requests.get());
        assertEquals(SocketOwner.available() ? 1 : 0, service.fromThisProcess.get()); // the detector works
    }

    @Test
    void aSiblingPathOrHostIsNotCoveredByTheAllowList(JenkinsRule j) throws Exception {
        HealthProbeSettings.get().setControllerUrls("http://127.0.0.1:" + service.port() + "/heal");

        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "') {}", Result.FAILURE);

        j.assertLogContains("is not on the administrator's list", run);
        assertEquals(0, service.requests.get());
    }

    @Test
    void insideANodeTheProbeIsSentByTheAgentsProcess(JenkinsRule j) throws Exception {
        assumeTrue(SocketOwner.available(), "needs /proc to tell the processes apart");
        DumbSlave agent = j.createOnlineSlave(); // a separate JVM
        service.status.set(503);

        WorkflowRun run = run(j, "node('" + agent.getNodeName() + "') {\n"
                + "  healthRollback(url: '" + service.url() + "', interval: '20ms', count: 2) { echo 'ROLLING BACK' }\n"
                + "}", Result.FAILURE);

        j.assertLogContains("probing from agent " + agent.getNodeName(), run);
        j.assertLogContains("body: {\"status\":\"DOWN\"}", run); // the job's own agent may see what it reaches
        assertEquals(1, service.requests.get());
        assertEquals(0, service.fromThisProcess.get());
    }
}
