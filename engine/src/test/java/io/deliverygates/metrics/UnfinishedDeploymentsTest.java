package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deployment started and never finished is listed (report, text, dashboard), counted nowhere. */
class UnfinishedDeploymentsTest {
    private static final Instant T = Instant.parse("2026-11-03T10:00:00Z");
    private static final Window DAY = Window.lastDays(1, T.plusSeconds(3600));

    private static final List<LedgerEvent> LEDGER = List.of(
            LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, T).deploymentId("done").environment("production")
                    .version("1.0").build(),
            LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T.plusSeconds(60)).deploymentId("done")
                    .environment("production").version("1.0").outcome(Outcome.SUCCEEDED).build(),
            LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, T.plusSeconds(120)).deploymentId("killed")
                    .environment("production").version("1.1").build(new BuildRef("shop/deploy", 9, null)).build());

    @Test
    void aStartedDeploymentWithoutEndIsListedAsUnfinishedAndCountedNowhere() {
        JobReport report = new IncrementalMetrics("shop", MetricsConfig.defaults()).acceptAll(LEDGER).report(DAY);

        assertThat(report.unfinished()).singleElement().satisfies(row -> {
            assertThat(row.deploymentId()).isEqualTo("killed");
            assertThat(row.version()).isEqualTo("1.1");
            assertThat(row.started()).isEqualTo(T.plusSeconds(120));
        });
        assertThat(report.production().current().deployments()).isEqualTo(1);
        assertThat(report.production().current().aborted()).isZero();
        assertThat(NaiveMetrics.report("shop", LEDGER, MetricsConfig.defaults(), DAY)).isEqualTo(report);

        MetricsReport all = MetricsReport.of(T, DAY, MetricsConfig.defaults(), List.of(report));
        assertThat(MetricsFormat.TEXT.renderer().render(all)).contains("unfinished: killed 1.1 to production");
        assertThat(MetricsFormat.HTML.renderer().render(all)).contains("Unfinished deployments")
                .contains("<td>killed</td>").contains("shop/deploy #9");
    }
}
