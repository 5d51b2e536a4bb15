package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The join rules of docs/metrics.md, one by one. */
class LedgerJoinTest {
    private static final Instant T = Instant.parse("2026-11-03T10:00:00Z");
    private static final Window DAY = Window.lastDays(1, T);

    private static Figures production(LedgerEvent... ledger) {
        return new IncrementalMetrics("job", MetricsConfig.defaults()).acceptAll(List.of(ledger)).report(DAY)
                .production().current();
    }

    private static LedgerEvent.Builder finished(String id, Outcome outcome) {
        return LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).deploymentId(id).environment("prod")
                .outcome(outcome);
    }

    @Test
    void commitsAndFixesComeFromTheStartWhenTheEndLacksThem() {
        Figures figures = production(
                LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, T.minusSeconds(60)).deploymentId("d")
                        .environment("prod").fixesIncident("i")
                        .commits(List.of(new Commit("c", null, T.minus(Duration.ofHours(1))))).build(),
                finished("d", Outcome.SUCCEEDED).build());
        assertThat(figures.leadTime().median()).isEqualTo(Duration.ofHours(1));
        assertThat(figures.rework()).isEqualTo(1);
    }

    @Test
    void aLaterFinishingEventOfTheSameDeploymentIsIgnored() {
        Figures figures = production(finished("d", Outcome.SUCCEEDED).build(), finished("d", Outcome.FAILED).build());
        assertThat(figures.deployments()).isEqualTo(1);
        assertThat(figures.failed()).isZero();
    }

    @Test
    void rollbackAndIncidentFlagEvenWhenRecordedBeforeTheDeploymentEnded() {
        Figures figures = production(
                LedgerEvent.builder(EventType.ROLLBACK, T.minusSeconds(5)).deploymentId("a").build(),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, T.minusSeconds(5)).incidentId("i")
                        .deploymentId("b").build(),
                finished("a", Outcome.SUCCEEDED).build(), finished("b", Outcome.SUCCEEDED).build(),
                finished("c", Outcome.ABORTED).build());
        assertThat(figures.deployments()).isEqualTo(2);
        assertThat(figures.failed()).isEqualTo(2);
        assertThat(figures.aborted()).isEqualTo(1);
        assertThat(figures.successful()).isEqualTo(2);
    }

    @Test
    void aResolutionRecordedBeforeItsOpeningStillResolves() {
        Figures figures = production(
                LedgerEvent.builder(EventType.INCIDENT_RESOLVED, T).incidentId("i").build(),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, T.minusSeconds(300)).incidentId("i").build());
        assertThat(figures.timeToRestore().median()).isEqualTo(Duration.ofMinutes(5));
        assertThat(figures.openIncidents()).isZero();
    }

    @Test
    void incidentsOfOtherEnvironmentsAreNotProductions() {
        Figures figures = production(LedgerEvent.builder(EventType.INCIDENT_OPENED, T).incidentId("i")
                .environment("staging").build());
        assertThat(figures.openIncidents()).isZero();
    }

    @Test
    void anEarlierDeploymentOfACommitReplacesItsLeadTime() {
        Commit commit = new Commit("c", null, T.minus(Duration.ofHours(3)));
        Figures figures = production(
                finished("late", Outcome.SUCCEEDED).commits(List.of(commit)).build(),
                LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T.minus(Duration.ofHours(1))).deploymentId("early")
                        .environment("production").outcome(Outcome.SUCCEEDED).commits(List.of(commit)).build());
        assertThat(figures.leadTime()).isEqualTo(new DurationStats(1, Duration.ofHours(2), Duration.ofHours(2)));
    }

    @Test
    void anEmptyFixesIncidentIsNotRework() throws Exception {
        LedgerEvent read = io.deliverygates.common.Json.mapper().readValue("{\"schema\":1,\"id\":\"e1\","
                + "\"type\":\"DEPLOYMENT_FINISHED\",\"time\":\"" + T + "\",\"environment\":\"prod\","
                + "\"deploymentId\":\"d\",\"fixesIncident\":\"\",\"outcome\":\"SUCCEEDED\"}", LedgerEvent.class);
        assertThat(read.fixesIncident()).isNull();
        Figures figures = production(read, finished("e", Outcome.SUCCEEDED).fixesIncident("").build());
        assertThat(figures.deployments()).isEqualTo(2);
        assertThat(figures.rework()).isZero();
        assertThat(figures.reworkRate()).isZero();
    }

    @Test
    void anEventIdEqualToAnotherDeploymentsIdDoesNotHideIt() {
        LedgerEvent failed = finished("d-7", Outcome.FAILED).build();
        LedgerEvent anonymous = LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).id("d-7").environment("prod")
                .outcome(Outcome.SUCCEEDED).build();
        for (List<LedgerEvent> order : List.of(List.of(anonymous, failed), List.of(failed, anonymous))) {
            Figures figures = production(order.toArray(LedgerEvent[]::new));
            assertThat(figures.deployments()).as("%s", order).isEqualTo(2);
            assertThat(figures.failed()).isEqualTo(1);
            assertThat(NaiveMetrics.report("job", order, MetricsConfig.defaults(), DAY).production().current())
                    .isEqualTo(figures);
        }
    }

    @Test
    void aFailedHealthCheckAloneMakesADeploymentAFailure() {
        Figures figures = production(finished("a", Outcome.SUCCEEDED).build(), finished("b", Outcome.SUCCEEDED).build(),
                LedgerEvent.builder(EventType.HEALTH_CHECKED, T).deploymentId("a").environment("prod")
                        .outcome(Outcome.FAILED).build(),
                LedgerEvent.builder(EventType.HEALTH_CHECKED, T).deploymentId("b").environment("prod")
                        .outcome(Outcome.INCONCLUSIVE).build());
        assertThat(figures.failed()).isEqualTo(1);
        assertThat(figures.changeFailureRate()).isEqualTo(0.5);
    }
}
