package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code delivery-gates perf} on the real JMH runs embedded for the demo: exit codes, files out, JSON. */
class PerfCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyRealResults() throws Exception {
        copy("perf-jmh-reference.json", "reference/jmh-result.json");
        copy("perf-jmh-current.json", "current/jmh-result.json");
        copy("perf-jmeter-current.jtl", "load/results.jtl");
    }

    private void copy(String resource, String target) throws Exception {
        Path file = dir.resolve(target);
        Files.createDirectories(file.getParent());
        try (InputStream in = PerfCommandTest.class.getResourceAsStream(CoverageDemoPart.RESOURCES + resource)) {
            Files.copy(in, file);
        }
    }

    private CliRun perf(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "perf";
        all[1] = "--base-dir";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void theFirstRunPassesAndStoresItsResultsAndTheSlowerRunFailsWithExitTwo() throws Exception {
        CliRun first = perf("--jmh", "reference/jmh-result.json", "--summary-out", dir.resolve("s.json").toString());
        CliRun second = perf("--jmh", "current/jmh-result.json", "--reference-summary", dir.resolve("s.json").toString(),
                "--html", dir.resolve("perf.html").toString());

        assertThat(first.exitCode()).isEqualTo(ExitCodes.PASSED);
        assertThat(first.out()).startsWith("Performance gate: PASSED (1 no reference)");
        assertThat(dir.resolve("s.json")).isNotEmptyFile();
        assertThat(second.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(second.out()).contains("REGRESSION").containsPattern("ratio 1\\.\\d{3} \\[1\\.\\d{3}, \\d\\.\\d{3}\\]");
        assertThat(Files.readString(dir.resolve("perf.html"))).contains("<td>REGRESSION</td>");
    }

    @Test
    void regressionUnstableExitsOneAndJsonCarriesTheInterval() throws Exception {
        perf("--jmh", "reference/jmh-result.json", "--summary-out", dir.resolve("s.json").toString());

        CliRun run = perf("--jmh", "current/jmh-result.json", "--reference-summary", dir.resolve("s.json").toString(),
                "--regression", "unstable", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNSTABLE);
        JsonNode row = Json.mapper().readTree(run.out()).get("rows").get(0);
        assertThat(row.get("verdict").asText()).isEqualTo("REGRESSION");
        assertThat(row.get("interval").get("low").asDouble()).isGreaterThan(1);
        assertThat(Json.mapper().readTree(run.out()).has("summary")).isFalse();
    }

    @Test
    void aLargerThresholdLetsTheSameSlowdownPass() {
        perf("--jmh", "reference/jmh-result.json", "--summary-out", dir.resolve("s.json").toString());

        CliRun run = perf("--jmh", "current/jmh-result.json", "--reference-summary", dir.resolve("s.json").toString(),
                "--threshold", "50%");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
        assertThat(run.out()).contains("UNCHANGED");
    }

    @Test
    void loadTestLimitsWithoutAReference() {
        CliRun run = perf("--jmeter", "load/results.jtl", "--max-p95", "80", "--max-error-rate", "1",
                "--limits", "unstable");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNSTABLE);
        assertThat(run.out()).contains("UNSTABLE OVER_LIMIT   search [p95 <= 80 ms]: p95 100 ms exceeds 80 ms").contains("error rate 4 % exceeds 1 %");
    }

    @Test
    void inputProblemsHaveTheirExitCodesAndOneLine() throws Exception {
        Files.writeString(dir.resolve("empty.json"), "");
        Files.writeString(dir.resolve("broken.json"), "[{");

        assertThat(perf("--jmh", "nothing/*.json").exitCode()).isEqualTo(4);
        assertThat(perf("--jmh", "empty.json").exitCode()).isEqualTo(5);
        CliRun broken = perf("--jmh", "broken.json");
        assertThat(broken.exitCode()).isEqualTo(6);
        assertThat(broken.err()).startsWith("delivery-gates: ").contains("broken.json").doesNotContain("\tat ");
        assertThat(perf("--jmh", "load/results.jtl").exitCode()).isEqualTo(6);
        assertThat(perf("--jmeter", "reference/jmh-result.json").exitCode()).isEqualTo(8);
        assertThat(perf("--threshold", "5").exitCode()).isEqualTo(3);
        assertThat(perf("--jmh", "reference/jmh-result.json", "--confidence", "2").exitCode()).isEqualTo(3);
        assertThat(perf("--jmh", "reference/jmh-result.json", "--reference-summary",
                dir.resolve("reference/jmh-result.json").toString()).exitCode()).isEqualTo(6);
    }

    @Test
    void theDemoPartWritesItsPagesAndShowsTheRegression() throws Exception {
        StringWriter console = new StringWriter();
        new PerformanceDemoPart().write(dir, new PrintWriter(console, true));

        assertThat(console.toString()).contains("REGRESSION").contains("OVER_LIMIT");
        assertThat(Files.readString(dir.resolve("jmh.html"))).contains("GateWorkloadBenchmark.mix");
        assertThat(dir.resolve("jmh-summary.json")).isNotEmptyFile();
    }
}
