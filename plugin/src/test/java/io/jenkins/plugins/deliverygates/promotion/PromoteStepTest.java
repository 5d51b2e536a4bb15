package io.jenkins.plugins.deliverygates.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Item;
import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class PromoteStepTest {
    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        r = rule;
    }

    private WorkflowJob pipeline(String name, String script) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    @Test
    void theBodyIsTheDeploymentAndBothEndsAreRecordedInTheJobsLedger() throws Exception {
        WorkflowJob job = pipeline("deploy", "promote(to: 'dev', version: '1.0') { echo 'deploying now' }");
        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("deploying now", run);
        r.assertLogContains("Recorded the deployment of 1.0 to dev: SUCCEEDED", run);
        List<LedgerEvent> events = DeliveryEvents.of(job);
        assertEquals(List.of(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_FINISHED),
                events.stream().map(LedgerEvent::type).toList());
        assertEquals(Outcome.SUCCEEDED, events.get(1).outcome());
        assertEquals(events.get(0).deploymentId(), events.get(1).deploymentId());
        assertEquals("deploy", events.get(1).build().job());
        assertEquals(1, events.get(1).build().number());
        assertEquals(job.getRootDir().toPath().resolve("delivery-ledger.jsonl"), JobLedger.of(job).file());
    }

    @Test
    void aFailingBodyIsAFailedDeployment() throws Exception {
        WorkflowJob job = pipeline("deploy", "promote(to: 'dev', version: '1.0') { error 'deploy.sh exited 3' }");
        r.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));

        LedgerEvent finished = DeliveryEvents.of(job).get(1);
        assertEquals(Outcome.FAILED, finished.outcome());
        assertTrue(finished.message().contains("deploy.sh exited 3"), finished.message());
    }

    @Test
    void productionIsRefusedBeforeTheVersionSucceededInStaging() throws Exception {
        WorkflowJob job = pipeline("deploy", "promote(to: 'production', version: '2.0') { echo 'must not run' }");
        WorkflowRun run = r.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));

        r.assertLogContains("has not succeeded in staging", run);
        r.assertLogNotContains("must not run", run);
        assertFalse(JobLedger.exists(job));
    }

    @Test
    void aVersionGoesThroughTheJobsOwnEnvironmentOrder() throws Exception {
        WorkflowJob job = pipeline("deploy", "promote(to: 'qa', version: '3.0', environments: 'qa,live') { }\n"
                + "promote(to: 'live', version: '3.0', environments: 'qa,live') { }");
        r.buildAndAssertSuccess(job);
        assertEquals(List.of("qa", "live"), DeliveryEvents.of(job).stream()
                .filter(e -> e.type() == EventType.DEPLOYMENT_FINISHED).map(LedgerEvent::environment).toList());
    }

    @Test
    void theGlobalEnvironmentOrderAppliesToJobsWithoutTheirOwn() throws Exception {
        PromotionSettings.get().setEnvironments("qa,live");
        WorkflowJob job = pipeline("deploy", "promote(to: 'live', version: '4.0') { echo 'must not run' }");
        WorkflowRun run = r.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));
        r.assertLogContains("has not succeeded in qa", run);
        assertTrue(PromotionSettings.get().doCheckEnvironments("qa,,live").kind == hudson.util.FormValidation.Kind.ERROR);
    }

    @Test
    void onlyAListedSubmitterMayApprove() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ, Item.BUILD).everywhere().to("alice", "bob"));
        WorkflowJob job = pipeline("deploy",
                "promote(to: 'dev', version: '1.0', submitter: 'alice') { echo 'approved deployment' }");
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        r.waitForMessage("approve or reject", run);
        String id = run.getAction(PromotionApprovalAction.class).getPending().get(0).getId();

        JenkinsRule.WebClient bob = r.createWebClient().login("bob");
        bob.getOptions().setThrowExceptionOnFailingStatusCode(false);
        assertEquals(403, post(bob, run, "approve", id).getStatusCode());
        JenkinsRule.WebClient alice = r.createWebClient().login("alice");
        alice.getOptions().setThrowExceptionOnFailingStatusCode(false);
        assertTrue(post(alice, run, "approve", id).getStatusCode() < 400);

        r.assertBuildStatusSuccess(r.waitForCompletion(run));
        r.assertLogContains("Approved by alice", run);
        r.assertLogContains("approved deployment", run);
        assertEquals(2, DeliveryEvents.of(job).size());
    }

    @Test
    void aRejectedDeploymentDoesNotRunAndRecordsNothing() throws Exception {
        WorkflowJob job = pipeline("deploy",
                "promote(to: 'dev', version: '1.0', submitter: 'alice') { echo 'must not run' }");
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        r.waitForMessage("approve or reject", run);
        String id = run.getAction(PromotionApprovalAction.class).getPending().get(0).getId();
        post(r.createWebClient(), run, "reject", id);

        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(run));
        r.assertLogNotContains("must not run", run);
        assertFalse(JobLedger.exists(job));
        assertTrue(run.getAction(PromotionApprovalAction.class).getPending().isEmpty());
    }

    @Test
    void theLedgerMovesWithARenamedJobAndGoesWithADeletedOne() throws Exception {
        WorkflowJob job = pipeline("deploy", "promote(to: 'dev', version: '1.0') { }");
        r.buildAndAssertSuccess(job);
        Path before = JobLedger.of(job).file();

        job.renameTo("shipping");
        Path after = JobLedger.of(job).file();
        assertNotEquals(before, after);
        assertTrue(Files.exists(after));
        assertFalse(Files.exists(before));
        assertEquals(2, DeliveryEvents.of(job).size());

        job.delete();
        assertFalse(Files.exists(after));
    }

    private WebResponse post(JenkinsRule.WebClient client, WorkflowRun run, String action, String id)
            throws Exception {
        WebRequest request = new WebRequest(
                new URL(r.getURL(), run.getUrl() + "deployment-approval/" + action + "?id=" + id), HttpMethod.POST);
        return client.getPage(client.addCrumb(request)).getWebResponse();
    }
}
