package io.jenkins.plugins.deliverygates.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.FailureBuilder;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class FreestylePromotionTest {
    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void aFailingDeployStepIsRecordedAsAFailedDeployment() throws Exception {
        FreeStyleProject project = r.createFreeStyleProject("deploy");
        project.getBuildersList().add(new PromotionStartBuilder("dev", "1.${BUILD_NUMBER}"));
        project.getBuildersList().add(new FailureBuilder());
        project.getPublishersList().add(new PromotionFinishRecorder());

        FreeStyleBuild build = r.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        List<LedgerEvent> events = DeliveryEvents.of(project);
        assertEquals(List.of(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_FINISHED),
                events.stream().map(LedgerEvent::type).toList());
        assertEquals("1.1", events.get(1).version());
        assertEquals(Outcome.FAILED, events.get(1).outcome());
        assertTrue(build.getAction(FreestylePromotionAction.class).isFinished());
    }

    @Test
    void withoutTheFinishStepTheEndOfTheBuildRecordsTheOutcome() throws Exception {
        FreeStyleProject project = r.createFreeStyleProject("deploy");
        project.getBuildersList().add(new PromotionStartBuilder("dev", "2.0"));
        r.buildAndAssertSuccess(project);

        List<LedgerEvent> events = DeliveryEvents.of(project);
        assertEquals(2, events.size());
        assertEquals(Outcome.SUCCEEDED, events.get(1).outcome());
    }

    @Test
    void aRefusedPromotionFailsTheBuildBeforeTheDeploySteps() throws Exception {
        FreeStyleProject project = r.createFreeStyleProject("deploy");
        project.getBuildersList().add(new PromotionStartBuilder("production", "9.9"));
        FreeStyleBuild build = r.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));
        r.assertLogContains("has not succeeded in staging", build);
        assertFalse(JobLedger.exists(project));
    }

    @Test
    void outcomesFollowTheBuildResult() {
        assertEquals(Outcome.SUCCEEDED, FreestylePromotionAction.outcome(Result.SUCCESS));
        assertEquals(Outcome.SUCCEEDED, FreestylePromotionAction.outcome(Result.UNSTABLE));
        assertEquals(Outcome.FAILED, FreestylePromotionAction.outcome(Result.FAILURE));
        assertEquals(Outcome.ABORTED, FreestylePromotionAction.outcome(Result.ABORTED));
    }
}
