package io.jenkins.plugins.deliverygates.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Result;
import hudson.util.Secret;
import io.deliverygates.ledger.EventType;
import io.jenkins.plugins.deliverygates.promotion.DeliveryEvents;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class HealthRollbackStepTest {
    @RegisterExtension
    final HealthService service = new HealthService();

    private static WorkflowRun run(JenkinsRule j, String script, Result expected) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition("node {\n" + script + "\n}", true)); // probes run on the node
        return j.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    private static List<EventType> types(WorkflowRun run) throws Exception {
        return DeliveryEvents.of(run.getParent()).stream()
                .map(LedgerEvent::type).collect(Collectors.toList());
    }

    @Test
    void healthyDeploymentPassesWithoutRunningTheRollback(JenkinsRule j) throws Exception {
        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "', interval: '20ms', count: 3, "
                + "body: 'json:/status=UP', environment: 'production') { echo 'ROLLING BACK' }", Result.SUCCESS);

        j.assertLogContains("PASSED HTTP 200", run);
        j.assertLogContains("SUCCEEDED: no more failures than the failureLimit of 0 (3 passed", run);
        j.assertLogNotContains("ROLLING BACK", run);
        assertEquals(3, service.requests.get());
        assertEquals(List.of(EventType.HEALTH_CHECKED), types(run));
    }

    @Test
    void unhealthyDeploymentRunsTheRollbackBodyAndFails(JenkinsRule j) throws Exception {
        service.status.set(503);

        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "', interval: '20ms', count: 3) {\n"
                + "  echo 'ROLLING BACK'\n}", Result.FAILURE);

        j.assertLogContains("status 503, expected 200-299", run);
        j.assertLogContains("ROLLING BACK", run);
        j.assertLogContains("Health analysis FAILED: 1 of 1 measurements failed", run);
        j.assertLogContains("(rolled back)", run);
        assertEquals(List.of(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED, EventType.ROLLBACK,
                EventType.INCIDENT_RESOLVED), types(run));
        LedgerEvent rollback = DeliveryEvents.of(run.getParent()).get(2);
        assertEquals(Outcome.SUCCEEDED, rollback.outcome());
        assertEquals(run.getNumber(), rollback.build().number());
    }

    @Test
    void aFailingRollbackIsRecordedAsFailed(JenkinsRule j) throws Exception {
        service.status.set(500);

        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "') { error 'rollback broke' }",
                Result.FAILURE);

        j.assertLogContains("the rollback FAILED", run);
        LedgerEvent rollback = DeliveryEvents.of(run.getParent()).get(2);
        assertEquals(EventType.ROLLBACK, rollback.type());
        assertEquals(Outcome.FAILED, rollback.outcome());
    }

    @Test
    void unreachableEndpointFailsOnTheErrorLimitAndRollsBack(JenkinsRule j) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        WorkflowRun run = run(j, "healthRollback(url: 'http://127.0.0.1:" + closed + "/health', interval: '20ms', "
                + "count: 5, consecutiveErrorLimit: 1) { echo 'ROLLING BACK' }", Result.FAILURE);

        j.assertLogContains("Health analysis FAILED: 2 measurements in a row errored, more than the "
                + "consecutiveErrorLimit of 1: the service gave no usable answer (errors, not failing responses); "
                + "last error: connection refused", run);
        j.assertLogContains("ROLLING BACK", run);
        j.assertLogContains("(rolled back)", run);
        assertEquals(List.of(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED, EventType.ROLLBACK,
                EventType.INCIDENT_RESOLVED), types(run));
        LedgerEvent checked = DeliveryEvents.of(run.getParent()).get(0);
        assertEquals(Outcome.FAILED, checked.outcome());
        assertEquals("0", checked.attributes().get("failed"));
        assertEquals("2", checked.attributes().get("errored"));
    }

    @Test
    void inconclusiveAnalysisFailsTheStepWithoutRollingBackUnlessAsked(JenkinsRule j) throws Exception {
        service.status.set(503);

        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "', interval: '20ms', count: 2, "
                + "failureLimit: 5) { echo 'ROLLING BACK' }", Result.FAILURE);

        j.assertLogContains("Health analysis INCONCLUSIVE: no measurement passed", run);
        j.assertLogNotContains("ROLLING BACK", run);
        assertEquals(List.of(EventType.HEALTH_CHECKED), types(run));
    }

    @Test
    void theTokenComesFromCredentialsAndNeverReachesTheLog(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "health-token", "", Secret.fromString("s3cr3t-token")));
        SystemCredentialsProvider.getInstance().save();

        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "', credentialsId: 'health-token') {}",
                Result.SUCCESS);

        assertEquals(List.of("Bearer s3cr3t-token"), service.authorizations());
        j.assertLogContains("Authorization=****", run);
        j.assertLogNotContains("s3cr3t", run);
    }

    @Test
    void parameterErrorsNameTheParameter(JenkinsRule j) throws Exception {
        WorkflowRun run = run(j, "healthRollback(url: '" + service.url() + "', interval: 'soon') {}",
                Result.FAILURE);

        j.assertLogContains("interval: 'soon' is not a duration", run);
        assertEquals(0, service.requests.get());
    }
}
