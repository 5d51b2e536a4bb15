package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.deliverygates.common.Json;
import io.deliverygates.ledger.LedgerEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers documented in docs/metrics.md ("Worked example"), from exactly that ledger. */
class WorkedExampleTest {
    private static final Window WEEK = Window.lastDays(7, WorkedExample.NOW);

    private final JobReport report = new IncrementalMetrics("shop", MetricsConfig.defaults())
            .acceptAll(WorkedExample.ledger()).report(WEEK);
    private final Figures production = report.production().current();

    @Test
    void windowIsTheLastSevenWholeDays() {
        assertThat(WEEK).isEqualTo(new Window(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-08T00:00:00Z")));
        assertThat(WEEK.previous().from()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
    }

    @Test
    void deploymentFrequency() {
        assertThat(production.deployments()).isEqualTo(5);
        assertThat(production.successful()).isEqualTo(4);
        assertThat(production.deploymentDays()).isEqualTo(3);
        assertThat(production.deploymentsPerDay()).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(production.deploymentsPerWeek()).isCloseTo(4, within(1e-9));
        assertThat(production.deploymentDaysPerWeek()).isCloseTo(3, within(1e-9));
    }

    @Test
    void leadTimeCountsEachCommitOnceAndDropsSkewedOnes() {
        assertThat(production.leadTime()).isEqualTo(new DurationStats(5, Duration.ofHours(2),
                Duration.ofHours(24).plusMinutes(36)));
        assertThat(production.commitsDropped()).isEqualTo(1);
    }

    @Test
    void changeFailureAndReworkRates() {
        assertThat(production.failed()).isEqualTo(3);
        assertThat(production.changeFailureRate()).isEqualTo(0.6);
        assertThat(production.rework()).isEqualTo(1);
        assertThat(production.reworkRate()).isEqualTo(0.2);
    }

    @Test
    void timeToRestoreAndOpenIncidents() {
        assertThat(production.timeToRestore()).isEqualTo(new DurationStats(1, Duration.ofMinutes(10),
                Duration.ofMinutes(10)));
        assertThat(production.openIncidents()).isEqualTo(1);
        assertThat(report.production().incidents()).extracting(IncidentRow::incidentId).containsExactly("i2", "i1");
    }

    @Test
    void buildDurations() {
        assertThat(report.builds().current()).isEqualTo(new DurationStats(2, Duration.ofMinutes(5),
                Duration.ofSeconds(348)));
    }

    @Test
    void levelsAndObjectives() {
        ScopeReport scope = report.production();
        assertThat(scope.headline(Metric.DEPLOYMENT_FREQUENCY).level()).isEqualTo(Level.HIGH);
        assertThat(scope.headline(Metric.LEAD_TIME).level()).isEqualTo(Level.ELITE);
        assertThat(scope.headline(Metric.CHANGE_FAILURE_RATE).level()).isEqualTo(Level.LOW);
        assertThat(scope.headline(Metric.TIME_TO_RESTORE).level()).isEqualTo(Level.ELITE);
        assertThat(scope.headline(Metric.REWORK_RATE).level()).isNull();
        assertThat(scope.headlines()).extracting(h -> h.objective() == null ? null : h.objective().status())
                .containsExactly(ObjectiveResult.Status.NOT_MET, ObjectiveResult.Status.NOT_MET,
                        ObjectiveResult.Status.NOT_MET, ObjectiveResult.Status.MET, null);
        assertThat(scope.headline(Metric.DEPLOYMENT_FREQUENCY).previous()).isZero();
        assertThat(scope.headline(Metric.CHANGE_FAILURE_RATE).previous()).isNull();
    }

    @Test
    void listsAndTrend() {
        assertThat(report.production().recentDeployments()).extracting(DeploymentRow::deploymentId)
                .containsExactly("d5", "d4", "d3", "d2", "d1");
        assertThat(report.production().trend()).hasSize(7)
                .extracting(point -> point.figures().successful()).containsExactly(0L, 1L, 2L, 0L, 0L, 1L, 0L);
        assertThat(report.environments()).extracting(ScopeReport::name).containsExactly("production", "staging");
        assertThat(report.environments().get(1).current().successful()).isEqualTo(1);
    }

    @Test
    void naiveRecomputeAgrees() {
        assertThat(NaiveMetrics.report("shop", WorkedExample.ledger(), MetricsConfig.defaults(), WEEK))
                .isEqualTo(report);
    }

    @Test
    void theDocumentShowsExactlyThisLedger() throws IOException {
        assertThat(documentedLedger()).isEqualTo(WorkedExample.ledger());
    }

    /** The JSON lines of the first ```json block after "## Worked example" in docs/metrics.md. */
    static List<LedgerEvent> documentedLedger() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "metrics.md"));
        int line = lines.indexOf("## Worked example");
        while (!lines.get(line).equals("```jsonl")) {
            line++;
        }
        List<LedgerEvent> events = new ArrayList<>();
        for (line++; !lines.get(line).equals("```"); line++) {
            events.add(Json.mapper().readValue(lines.get(line), LedgerEvent.class));
        }
        return events;
    }
}
