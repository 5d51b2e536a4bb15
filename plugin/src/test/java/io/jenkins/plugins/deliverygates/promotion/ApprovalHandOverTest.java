package io.jenkins.plugins.deliverygates.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import java.net.URL;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A decision is removed from the approval page only once a waiting step has received it. */
@WithJenkins
class ApprovalHandOverTest {
    @Test
    void aDecisionNoStepReceivesIsRefusedAndTheApprovalStays(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition("echo 'done'", true));
        WorkflowRun run = j.buildAndAssertSuccess(job);
        PromotionApprovalAction action = PromotionApprovalAction.of(run);
        action.add(new PendingApproval("orphan", "production", "1.0", "alice"));

        JenkinsRule.WebClient client = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setTimeout(0); // a busy machine may take long; the assertion is on the answer
        WebRequest request = new WebRequest(new URL(j.getURL(), run.getUrl() + action.getUrlName()
                + "/approve?id=orphan"), HttpMethod.POST);
        WebResponse response = client.getPage(client.addCrumb(request)).getWebResponse();

        assertEquals(409, response.getStatusCode());
        assertEquals(List.of("orphan"), action.getPending().stream().map(PendingApproval::getId).toList());
    }

    @Test
    void aReceivedApprovalIsRemovedAndTheDeploymentRuns(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(
                "promote(to: 'dev', version: '1.0', submitter: 'alice') { echo 'deploying' }", true));
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("approve or reject", run);
        PromotionApprovalAction action = run.getAction(PromotionApprovalAction.class);
        String id = action.getPending().get(0).getId();

        JenkinsRule.WebClient client = j.createWebClient().withRedirectEnabled(false)
                .withThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setTimeout(0);
        WebResponse response = client.getPage(client.addCrumb(new WebRequest(new URL(j.getURL(), run.getUrl()
                + action.getUrlName() + "/approve?id=" + id), HttpMethod.POST))).getWebResponse();
        assertEquals(302, response.getStatusCode());

        j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));
        j.assertLogContains("deploying", run);
        assertEquals(List.of(), action.getPending());
    }
}
