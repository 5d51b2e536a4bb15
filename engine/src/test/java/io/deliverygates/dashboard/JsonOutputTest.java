package io.deliverygates.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.JsonRenderer;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsReport;
import org.junit.jupiter.api.Test;

/** The demo report through the metrics engine's JSON renderer, read back with Jackson. */
class JsonOutputTest {
    @Test
    void parsesWithJacksonAndCarriesTheReportsFigures() throws Exception {
        MetricsReport report = Reports.demo();
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(report));
        assertThat(json.get("window").get("from").asText()).isEqualTo(report.window().from().toString());
        assertThat(json.get("levelsSource").asText()).isEqualTo(report.levelsSource());
        assertThat(json.get("jobs")).hasSize(report.jobs().size());
        for (int i = 0; i < report.jobs().size(); i++) {
            JobReport job = report.jobs().get(i);
            JsonNode node = json.get("jobs").get(i);
            assertThat(node.get("job").asText()).isEqualTo(job.job());
            JsonNode current = node.get("production").get("current");
            assertThat(current.get("deployments").asLong()).isEqualTo(job.production().current().deployments());
            assertThat(current.get("failed").asLong()).isEqualTo(job.production().current().failed());
            JsonNode headlines = node.get("production").get("headlines");
            assertThat(headlines).hasSize(Metric.values().length);
            assertThat(headlines.get(0).get("metric").asText()).isEqualTo(Metric.values()[0].name());
        }
        assertThat(json.get("jobs").get(3).get("job").asText()).isEqualTo(Reports.HOSTILE);
    }
}
