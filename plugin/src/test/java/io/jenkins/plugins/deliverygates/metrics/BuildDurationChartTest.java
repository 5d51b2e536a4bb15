package io.jenkins.plugins.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.metrics.BuildPoint;
import io.deliverygates.metrics.BuildReport;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The dashboard's Build duration chart is drawn from {@code BUILD_FINISHED} ledger events: every completed build of a
 * job that has a ledger writes one (whatever its result); a job without a ledger gets none.
 */
@WithJenkins
class BuildDurationChartTest {
    @Test
    void everyCompletedBuildOfAJobWithALedgerFeedsTheBuildDurationChart(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(
                "promote(to: 'dev', version: \"1.${BUILD_NUMBER}\") { echo 'deploying' }", true));
        j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);
        job.setDefinition(new CpsFlowDefinition("error 'the build broke'", true));
        WorkflowRun broken = j.buildAndAssertStatus(Result.FAILURE, job);

        List<LedgerEvent> builds = awaitBuildsFinished(job, 3);
        assertThat(builds).extracting(event -> event.build().number()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(builds).extracting(LedgerEvent::outcome)
                .containsExactlyInAnyOrder(Outcome.SUCCEEDED, Outcome.SUCCEEDED, Outcome.FAILED);
        LedgerEvent last = builds.stream().filter(e -> e.build().number() == 3).findFirst().orElseThrow();
        assertThat(last.duration()).isEqualTo(Duration.ofMillis(broken.getDuration()));
        assertThat(last.time()).isEqualTo(Instant.ofEpochMilli(broken.getStartTimeInMillis() + broken.getDuration()));

        BuildReport chart = job.getAction(JobMetricsAction.class).getReport().jobs().get(0).builds();
        assertThat(chart.current().count()).isEqualTo(3);
        assertThat(chart.trend()).extracting(BuildPoint::durations)
                .anySatisfy(durations -> assertThat(durations.median()).isNotNull());
        String csv = j.createWebClient().goTo("job/deploy/delivery-metrics/csv", "text/csv")
                .getWebResponse().getContentAsString();
        assertThat(csv).containsPattern("deploy,builds,,bucket,[^\\n]*,build_duration,\\d");
    }

    @Test
    void aJobWithoutALedgerGetsNone(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "build-only");
        job.setDefinition(new CpsFlowDefinition("echo 'building'", true));
        j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job); // the first build's event, had it been written, is in by now or never

        assertThat(JobLedger.exists(job)).isFalse();
        assertThat(job.getAction(JobMetricsAction.class)).isNull();
    }

    /** The BUILD_FINISHED events, once {@code count} are in (they are written in background), waiting up to a minute. */
    private static List<LedgerEvent> awaitBuildsFinished(WorkflowJob job, int count)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            List<LedgerEvent> builds = JobLedger.of(job).events().stream()
                    .filter(e -> e.type() == EventType.BUILD_FINISHED).toList();
            if (builds.size() >= count || Instant.now().isAfter(deadline)) {
                return builds;
            }
            Thread.sleep(100);
        }
    }
}
