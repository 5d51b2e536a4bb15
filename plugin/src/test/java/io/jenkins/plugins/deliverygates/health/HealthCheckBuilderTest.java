package io.jenkins.plugins.deliverygates.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.jenkins.plugins.deliverygates.promotion.DeliveryEvents;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class HealthCheckBuilderTest {
    @RegisterExtension
    final HealthService service = new HealthService();

    private FreeStyleProject project(JenkinsRule j) throws Exception {
        HealthRollbackStep analysis = new HealthRollbackStep(service.url());
        analysis.setInterval("20ms");
        analysis.setCount(2);
        HealthCheckBuilder builder = new HealthCheckBuilder(analysis);
        builder.setRollbackCommand("echo ROLLING BACK");
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(builder);
        return project;
    }

    @Test
    void healthyServicePassesAndTheConfigurationRoundTrips(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j);
        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        j.assertLogNotContains("ROLLING BACK", build);
        assertEquals(2, service.requests.get());
        j.configRoundtrip(project);
        HealthCheckBuilder after = project.getBuildersList().get(HealthCheckBuilder.class);
        assertEquals("echo ROLLING BACK", after.getRollbackCommand());
        assertEquals(2, after.getAnalysis().getCount());
        assertEquals("20ms", after.getAnalysis().getInterval());
    }

    @Test
    void serviceThatStopsAnsweringRunsTheRollbackCommandAndFailsTheBuild(JenkinsRule j) throws Exception {
        FreeStyleProject project = project(j);
        project.getBuildersList().get(HealthCheckBuilder.class).getAnalysis().setConsecutiveErrorLimit(1);
        service.close();

        FreeStyleBuild build = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        j.assertLogContains("Health analysis FAILED: 2 measurements in a row errored", build);
        j.assertLogContains("last error: connection refused", build);
        j.assertLogContains("ROLLING BACK", build);
        j.assertLogContains("(rolled back)", build);
    }

    @Test
    void unhealthyServiceRunsTheRollbackCommandAndFailsTheBuild(JenkinsRule j) throws Exception {
        service.status.set(503);

        FreeStyleBuild build = j.assertBuildStatus(Result.FAILURE, project(j).scheduleBuild2(0));

        j.assertLogContains("ROLLING BACK", build);
        j.assertLogContains("Health analysis FAILED", build);
        j.assertLogContains("(rolled back)", build);
        List<EventType> types = DeliveryEvents.of(build.getParent()).stream().map(LedgerEvent::type)
                .collect(Collectors.toList());
        assertEquals(List.of(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED, EventType.ROLLBACK,
                EventType.INCIDENT_RESOLVED), types);
    }
}
