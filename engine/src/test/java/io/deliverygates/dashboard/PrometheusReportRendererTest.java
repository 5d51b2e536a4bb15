package io.deliverygates.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliverygates.dashboard.StrictPrometheusParser.Family;
import io.deliverygates.dashboard.StrictPrometheusParser.Sample;
import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.Histogram;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.MetricsReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrometheusReportRendererTest {
    /** Debian's python3 with the official Prometheus client (package python3-prometheus-client). */
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String OFFICIAL_PARSER = String.join("\n",
            "import sys, json",
            "from prometheus_client.parser import text_string_to_metric_families",
            "out = []",
            "for family in text_string_to_metric_families(sys.stdin.read()):",
            "    for s in family.samples:",
            "        out.append({'family': family.name, 'type': family.type, 'name': s.name,",
            "                    'labels': s.labels, 'value': s.value})",
            "print(json.dumps(out))");

    @Test
    void isValidExpositionTextWithHelpAndTypeForEveryFamily() {
        Map<String, Family> families = StrictPrometheusParser.parse(render());
        assertThat(families).containsKeys("deliverygates_deployment_frequency_per_day",
                "deliverygates_lead_time_seconds", "deliverygates_change_failure_ratio",
                "deliverygates_time_to_restore_seconds", "deliverygates_rework_ratio",
                "deliverygates_build_duration_seconds", "deliverygates_objective_met",
                "deliverygates_performance_level", "deliverygates_deployments");
        assertThat(families.values()).allSatisfy(family -> {
            assertThat(family.type()).isEqualTo(family.name().contains("histogram") ? "histogram" : "gauge");
            assertThat(family.help()).isNotBlank();
        });
        assertThat(families).containsKeys("deliverygates_lead_time_histogram_seconds",
                "deliverygates_time_to_restore_histogram_seconds");
    }

    @Test
    void histogramsCountTheWindowsLeadAndRestoreTimesPerBound() {
        MetricsReport report = Reports.demo();
        Map<String, Family> families = StrictPrometheusParser.parse(render());
        String name = "deliverygates_lead_time_histogram_seconds";
        for (JobReport job : report.jobs()) {
            Figures production = job.production().current();
            Map<String, String> labels = Map.of("job", job.job(), "scope", "production",
                    "environment", String.join(",", job.production().environments()));
            Histogram leadTimes = production.leadTimes();
            assertThat(leadTimes.count()).isEqualTo(production.leadTime().count());
            for (int i = 0; i < Histogram.BOUNDS.size(); i++) {
                assertThat(sample(families, name, name + "_bucket",
                        with(labels, "le", Histogram.BOUNDS.get(i).toSeconds() + ".0")))
                        .isEqualTo(leadTimes.atMost().get(i).doubleValue());
            }
            assertThat(sample(families, name, name + "_bucket", with(labels, "le", "+Inf")))
                    .isEqualTo((double) production.leadTime().count());
            assertThat(sample(families, name, name + "_count", labels))
                    .isEqualTo((double) production.leadTime().count());
            assertThat(sample(families, name, name + "_sum", labels)).isEqualTo(leadTimes.sum().toMillis() / 1000.0);
            assertThat(sample(families, "deliverygates_time_to_restore_histogram_seconds",
                    "deliverygates_time_to_restore_histogram_seconds_count", labels))
                    .isEqualTo((double) production.timeToRestore().count());
        }
        // the demo's lead times spread over several buckets, so the counts above compare something
        Histogram first = report.jobs().get(0).production().current().leadTimes();
        assertThat(first.atMost().stream().distinct().count()).isGreaterThan(2);
    }

    @Test
    void samplesCarryTheReportsFiguresPerJobAndScope() {
        MetricsReport report = Reports.demo();
        Map<String, Family> families = StrictPrometheusParser.parse(render());
        for (JobReport job : report.jobs()) {
            Figures production = job.production().current();
            Map<String, String> labels = Map.of("job", job.job(), "scope", "production",
                    "environment", String.join(",", job.production().environments()));
            assertThat(value(families, "deliverygates_deployment_frequency_per_day", labels))
                    .isEqualTo(production.deploymentsPerDay());
            assertThat(value(families, "deliverygates_deployments", with(labels, "result", "failed")))
                    .isEqualTo(production.failed());
            if (production.changeFailureRate() != null) {
                assertThat(value(families, "deliverygates_change_failure_ratio", labels))
                        .isEqualTo(production.changeFailureRate());
            }
            if (production.leadTime().median() != null) {
                assertThat(value(families, "deliverygates_lead_time_seconds", with(labels, "statistic", "median")))
                        .isEqualTo(production.leadTime().median().toMillis() / 1000.0);
            }
            for (var scope : job.environments()) {
                assertThat(value(families, "deliverygates_deployments", Map.of("job", job.job(), "scope",
                        "environment", "environment", scope.name(), "result", "counted")))
                        .isEqualTo(scope.current().deployments());
            }
        }
    }

    @Test
    void escapesQuotesBackslashesAndLineFeedsInLabelValues() throws IOException {
        StringBuilder out = new StringBuilder();
        PrometheusText text = new PrometheusText(out);
        text.family("x", "gauge", "help with \\ and\nline");
        text.sample("x", 1.5, "job", "a \"b\" \\ c\nd");
        text.sample("x", null, "job", "absent");
        assertThat(out.toString()).isEqualTo("# HELP x help with \\\\ and\\nline\n# TYPE x gauge\n"
                + "x{job=\"a \\\"b\\\" \\\\ c\\nd\"} 1.5\n");
        Family family = StrictPrometheusParser.parse(out.toString()).get("x");
        assertThat(family.help()).isEqualTo("help with \\ and\nline");
        assertThat(family.samples().get(0).labels()).containsEntry("job", "a \"b\" \\ c\nd");
        assertThatThrownBy(() -> text.family("bad name", "gauge", "h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> text.sample("x", 1, "bad-label", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PrometheusText.number(Double.NaN)).isEqualTo("NaN");
        assertThat(PrometheusText.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
        assertThat(PrometheusText.number(3.0)).isEqualTo("3");
    }

    @Test
    void theStrictParserRejectsWhatPrometheusRejects() {
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE a gauge\na 1\na 2\n"))
                .hasMessageContaining("duplicate series");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE a gauge\na{x=\"\\q\"} 1\n"))
                .hasMessageContaining("bad label");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE a gauge\nb 1\n"))
                .hasMessageContaining("outside its family");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE a gauge\na one\n"))
                .hasMessageContaining("bad value");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE a gauge\na 1"))
                .hasMessageContaining("line feed");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
                + "h_bucket{le=\"2\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 3\nh_count 2\n"))
                .hasMessageContaining("must not decrease");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
                + "h_sum 3\nh_count 2\n")).hasMessageContaining("+Inf");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\n"
                + "h_sum 3\nh_count 3\n")).hasMessageContaining("_count");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\n"
                + "h_count 2\n")).hasMessageContaining("_sum");
        assertThatThrownBy(() -> StrictPrometheusParser.parse("# TYPE g gauge\ng_sum 3\n"))
                .hasMessageContaining("outside its family");
    }

    /** The official Python client's parser reads the same samples; required on CI, skipped locally without it. */
    @Test
    void theOfficialPrometheusClientParserReadsTheSameSamples() throws Exception {
        boolean available = Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c",
                "import prometheus_client.parser"), "").exitCode() == 0;
        if (!"true".equals(System.getenv("CI"))) {
            assumeThat(available).as("python3-prometheus-client installed").isTrue();
        }
        assertThat(available).as("python3-prometheus-client must be installed on CI (.ci/run does it)").isTrue();
        String text = render();
        Result result = run(List.of(PYTHON.toString(), "-c", OFFICIAL_PARSER), text);
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode samples = new ObjectMapper().readTree(result.output());
        Set<String> official = new HashSet<>();
        for (JsonNode sample : samples) {
            assertThat(sample.get("type").asText()).isIn("gauge", "histogram");
            Map<String, String> labels = new TreeMap<>();
            sample.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            official.add(sample.get("name").asText() + labels + "=" + sample.get("value").asDouble());
        }
        Set<String> ours = new HashSet<>();
        for (Family family : StrictPrometheusParser.parse(text).values()) {
            for (Sample sample : family.samples()) {
                ours.add(sample.name() + sample.labels() + "=" + sample.value());
            }
        }
        assertThat(official).isNotEmpty().isEqualTo(ours);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, String input) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String render() {
        return new PrometheusReportRenderer().render(Reports.demo());
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> more = new TreeMap<>(labels);
        more.put(name, value);
        return more;
    }

    private static double sample(Map<String, Family> families, String family, String name,
            Map<String, String> labels) {
        return families.get(family).samples().stream()
                .filter(s -> s.name().equals(name) && s.labels().equals(new TreeMap<>(labels))).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + labels)).value();
    }

    private static double value(Map<String, Family> families, String name, Map<String, String> labels) {
        return families.get(name).samples().stream().filter(s -> s.labels().equals(new TreeMap<>(labels)))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + labels)).value();
    }
}
