package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {
    private static final String NOW = "--now=2026-11-07T12:00:00Z";

    @TempDir
    Path temp;
    private Path shop;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTheWorkedExampleLedger() throws IOException {
        shop = Files.createDirectories(temp.resolve("shop"));
        Files.write(shop.resolve("delivery-ledger.jsonl"), workedExample());
    }

    /** The ledger shown in docs/metrics.md, "Worked example". */
    private static List<String> workedExample() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "metrics.md"));
        int line = lines.indexOf("## Worked example");
        while (!lines.get(line).equals("```jsonl")) {
            line++;
        }
        List<String> ledger = new ArrayList<>();
        for (line++; !lines.get(line).equals("```"); line++) {
            ledger.add(lines.get(line));
        }
        return ledger;
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "metrics";
        System.arraycopy(args, 0, all, 1, args.length);
        return DeliveryGatesCommand.execute(all, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void jsonHasTheDocumentedNumbers() throws IOException {
        assertThat(run("--ledger", shop.toString(), "--window", "7d", NOW, "--format", "json")).isZero();
        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.at("/window/from").asText()).isEqualTo("2026-11-01T00:00:00Z");
        JsonNode job = report.at("/jobs/0");
        assertThat(job.at("/job").asText()).isEqualTo("shop");
        JsonNode current = job.at("/production/current");
        assertThat(current.at("/deployments").asLong()).isEqualTo(5);
        assertThat(current.at("/changeFailureRate").asDouble()).isEqualTo(0.6);
        assertThat(current.at("/reworkRate").asDouble()).isEqualTo(0.2);
        assertThat(current.at("/leadTime/median").asDouble()).isEqualTo(7200);
        assertThat(current.at("/leadTime/p90").asDouble()).isEqualTo(24 * 3600 + 36 * 60);
        assertThat(current.at("/timeToRestore/median").asDouble()).isEqualTo(600);
        assertThat(current.at("/openIncidents").asLong()).isEqualTo(1);
        assertThat(job.at("/production/headlines/0/level").asText()).isEqualTo("HIGH");
        assertThat(job.at("/production/headlines/3/objective/status").asText()).isEqualTo("MET");
        assertThat(job.at("/builds/current/median").asDouble()).isEqualTo(300);
        assertThat(report.at("/levelsSource").asText()).contains("2024");
    }

    @Test
    void textSummaryNamesLevelsAndObjectives() {
        assertThat(run("--ledger", shop.resolve("delivery-ledger.jsonl").toString(), "--window=7d", NOW)).isZero();
        assertThat(out.toString()).contains("== shop: production").contains("0.57/day").contains("high")
                .contains("objective < 15m 0s: met").contains("60 %").contains("env staging");
    }

    @Test
    void severalLedgersAreSeveralJobsAndOutGoesToAFile() throws IOException {
        Path other = Files.createDirectories(temp.resolve("other").resolve("shop"));
        Files.write(other.resolve("delivery-ledger.jsonl"), workedExample().subList(0, 4));
        Path file = temp.resolve("report.json");
        assertThat(run("--ledger", shop.toString(), "--ledger", other.toString(), "--from", "2026-11-01",
                "--to", "2026-11-04", "--production-env", "Production,live", "--granularity", "day",
                "--format", "JSON", "--out", file.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        JsonNode report = Json.mapper().readTree(file.toFile());
        assertThat(report.at("/jobs/0/job").asText()).isEqualTo("shop");
        assertThat(report.at("/jobs/1/job").asText()).endsWith("delivery-ledger.jsonl");
        assertThat(report.at("/jobs/0/production/current/deployments").asLong()).isEqualTo(3);
        assertThat(report.at("/jobs/1/production/current/deployments").asLong()).isEqualTo(2);
        assertThat(report.at("/jobs/0/production/trend")).hasSize(3);
        assertThat(report.at("/jobs/0/production/environments").toString()).contains("live");
    }

    @Test
    void missingLedgerIsNotFoundNamingThePath() {
        Path missing = temp.resolve("nothing-here");
        assertThat(run("--ledger", missing.toString())).isEqualTo(4);
        assertThat(err.toString()).contains(missing.toString()).contains("no ledger");
    }

    @Test
    void wrongWindowIsAUsageErrorNamingTheOption() {
        assertThat(run("--ledger", shop.toString(), "--window", "7x")).isEqualTo(3);
        assertThat(err.toString()).contains("--window").contains("7x");
    }

    @Test
    void windowMustEndAfterItStarts() {
        assertThat(run("--ledger", shop.toString(), "--from", "2026-11-05", "--to", "2026-11-01")).isEqualTo(3);
        assertThat(err.toString()).contains("window").contains("must end after");
    }

    @Test
    void badDateAndToWithoutFromAreUsageErrors() {
        assertThat(run("--ledger", shop.toString(), "--from", "yesterday")).isEqualTo(3);
        assertThat(err.toString()).contains("--from").contains("yesterday");
        assertThat(run("--ledger", shop.toString(), "--to", "2026-11-01")).isEqualTo(3);
        assertThat(err.toString()).contains("--to needs --from");
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        assertThat(run("--ledger", shop.toString(), "--format", "pdf")).isEqualTo(3);
        assertThat(err.toString()).contains("pdf").contains("text, json");
    }

    @Test
    void damagedRecordIsSkippedWithAWarning() throws IOException {
        Files.writeString(shop.resolve("delivery-ledger.jsonl"), "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("--ledger", shop.toString(), "--window", "7d", NOW, "--format", "json")).isZero();
        assertThat(err.toString()).contains("warning").contains("delivery-ledger.jsonl");
        assertThat(out.toString()).contains("\"deployments\" : 5");
    }

    @Test
    void unwritableOutputIsReported() {
        Path folder = temp.resolve("shop");
        assertThat(run("--ledger", shop.toString(), "--out", folder.toString())).isEqualTo(9);
        assertThat(err.toString()).contains(folder.toString());
    }
}
