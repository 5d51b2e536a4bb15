package io.jenkins.plugins.deliverygates.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.net.URL;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A deployment waiting for approval, or running its body, survives a controller restart. */
class PromoteStepRestartTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void anApprovalWaitingAcrossARestartCanStillBeGiven() throws Throwable {
        sessions.then(j -> {
            WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
            job.setDefinition(new CpsFlowDefinition(
                    "promote(to: 'dev', version: '1.0', submitter: 'alice') { echo 'deploying after restart' }", true));
            WorkflowRun run = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("approve or reject", run);
            assertFalse(JobLedger.exists(job));
        });
        sessions.then(j -> {
            WorkflowJob job = j.jenkins.getItemByFullName("deploy", WorkflowJob.class);
            WorkflowRun run = job.getBuildByNumber(1);
            PromotionApprovalAction action = run.getAction(PromotionApprovalAction.class);
            String id = action.getPending().get(0).getId();
            JenkinsRule.WebClient client = j.createWebClient();
            client.getPage(client.addCrumb(new WebRequest(
                    new URL(j.getURL(), run.getUrl() + action.getUrlName() + "/approve?id=" + id), HttpMethod.POST)));

            j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));
            j.assertLogContains("deploying after restart", run);
            List<LedgerEvent> events = DeliveryEvents.of(job);
            assertEquals(List.of(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_FINISHED),
                    events.stream().map(LedgerEvent::type).toList());
            assertEquals(Outcome.SUCCEEDED, events.get(1).outcome());
        });
    }

    @Test
    void aDeploymentRunningAcrossARestartIsFinishedWhenItsBodyEnds() throws Throwable {
        sessions.then(j -> {
            WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
            job.setDefinition(new CpsFlowDefinition(
                    "promote(to: 'dev', version: '2.0') { sleep 10; echo 'body done' }", true));
            WorkflowRun run = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Sleeping for 10 sec", run);
            assertEquals(1, DeliveryEvents.of(job).size());
        });
        sessions.then(j -> {
            WorkflowJob job = j.jenkins.getItemByFullName("deploy", WorkflowJob.class);
            WorkflowRun run = job.getBuildByNumber(1);
            j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));
            j.assertLogContains("body done", run);
            List<LedgerEvent> events = DeliveryEvents.of(job);
            assertEquals(2, events.size());
            assertEquals(Outcome.SUCCEEDED, events.get(1).outcome());
            assertEquals(events.get(0).deploymentId(), events.get(1).deploymentId());
        });
    }
}
