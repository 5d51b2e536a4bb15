package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {
    private static final Window WEEK = Window.lastDays(7, WorkedExample.NOW);
    private final MetricsReport report = MetricsReport.of(WorkedExample.NOW, WEEK, MetricsConfig.defaults(),
            List.of(new IncrementalMetrics("shop", MetricsConfig.defaults()).acceptAll(WorkedExample.ledger())
                    .report(WEEK)));

    @Test
    void jsonHoldsTheWholeReport() throws Exception {
        JsonNode json = Json.mapper().readTree(MetricsFormat.JSON.renderer().render(report));
        assertThat(json.at("/granularity").asText()).isEqualTo("DAY");
        assertThat(json.at("/jobs/0/production/recentDeployments/0/deploymentId").asText()).isEqualTo("d5");
        assertThat(json.at("/jobs/0/production/recentDeployments/0/rolledBack").asBoolean()).isTrue();
        assertThat(json.at("/jobs/0/production/incidents/0/incidentId").asText()).isEqualTo("i2");
        assertThat(json.at("/jobs/0/production/trend/2/figures/successful").asLong()).isEqualTo(2);
        assertThat(json.at("/jobs/0/builds/trend")).hasSize(7);
    }

    @Test
    void textShowsHeadlinesAndEnvironments() {
        String text = MetricsFormat.TEXT.renderer().render(report);
        assertThat(text).contains("Levels: DORA").contains("Rework rate            20 %")
                .contains("lead time p90 1d 0h 36m over 5 commits (1 dropped)").contains("env staging");
    }

    @Test
    void durationsAndNumbersReadWell() {
        assertThat(TextRenderer.duration(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(TextRenderer.duration(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(TextRenderer.duration(Duration.ofSeconds(3725))).isEqualTo("1h 2m");
        assertThat(TextRenderer.duration(null)).isEqualTo("-");
        assertThat(TextRenderer.number(2.5)).isEqualTo("2.5");
        assertThat(TextRenderer.number(3.0)).isEqualTo("3");
        assertThat(TextRenderer.value(Metric.REWORK_RATE, 0.125)).isEqualTo("12.5 %");
    }
}
