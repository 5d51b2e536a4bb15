package io.jenkins.plugins.deliverygates.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** The analysis holds no thread while it waits, so it survives a controller restart and continues where it stood. */
class HealthRollbackRestartTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void analysisContinuesAfterARestart() throws Throwable {
        try (HealthService service = new HealthService()) {
            sessions.then(j -> {
                WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
                job.setDefinition(new CpsFlowDefinition("node { healthRollback(url: '" + service.url()
                        + "', interval: '5s', count: 2) { echo 'ROLLING BACK' } }", true));
                WorkflowRun run = job.scheduleBuild2(0).waitForStart();
                j.waitForMessage("PASSED HTTP 200", run);
            });
            sessions.then(j -> {
                WorkflowRun run = j.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
                j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));
                j.assertLogContains("(2 passed, 0 failed, 0 errored)", run);
                j.assertLogNotContains("ROLLING BACK", run);
                assertEquals(2, service.requests.get());
            });
        }
    }
}
