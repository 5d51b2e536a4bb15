package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run of {@code delivery-gates demo} (it is the expensive part), checked part by part. */
class DemoCommandTest {
    @TempDir
    static Path dir;
    private static Path out;
    private static CliRun run;

    @BeforeAll
    static void runTheDemo() {
        out = dir.resolve("demo");
        run = CliRun.of("demo", "--out", out.toString());
    }

    @Test
    void demoWritesAnIndexLinkingEveryPartAndPrintsWhere() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Path index = out.resolve("index.html");
        assertThat(run.out()).contains("== Quality gate: coverage")
                .contains("Wrote the demo report to " + index.toAbsolutePath().normalize());
        for (DemoPart part : DemoCommand.PARTS) {
            assertThat(Files.readString(index)).contains(part.title());
        }
        assertThat(Files.readString(index)).contains("href=\"quality-gate/java.html\"")
                .contains("href=\"quality-gate/python.html\"");
    }

    @Test
    void coveragePartShowsADeltaAndANotEvaluatedMetric() throws Exception {
        assertThat(run.out()).contains("vs. reference").contains("has no instruction data");
        String java = Files.readString(out.resolve("quality-gate/java.html"));
        assertThat(java).contains("compared with a reference build").contains("io.deliverygates.coverage");
        assertThat(Files.readString(out.resolve("quality-gate/python.html"))).contains("NOT_EVALUATED");
        assertThat(out.resolve("quality-gate/java-summary.json")).isNotEmptyFile();
    }

    @Test
    void securityPartUpdatesFromItsOwnFeedAndFindsTheRealCves() throws Exception {
        Path security = out.resolve("security");
        assertThat(run.out()).contains("$ delivery-gates update --data-dir data --feed-url file:./feed/")
                .contains("Vulnerability database in").contains("updated from file:")
                .contains("Security gate: FAILED")
                .contains("CVE-2021-44228 in log4j-core-2.14.1.jar is on the deny list");
        JsonNode summary = new ObjectMapper().readTree(security.resolve("reports/security-summary.json").toFile());
        assertThat(summary.toString()).contains("CVE-2021-44228", "CVE-2021-44832", "CVE-2015-7501",
                "CVE-2020-36518");
        assertThat(summary.get("status").asText()).isEqualTo("FAILED");
        for (String report : List.of("dependency-check-report.html", "dependency-check-report.json",
                "dependency-check-report.sarif", "security-gate.html")) {
            assertThat(security.resolve("reports").resolve(report)).isNotEmptyFile();
        }
        assertThat(security.resolve("feed/nvdcve-2021.json.gz")).isNotEmptyFile();
    }

    @Test
    void deliveryPartPromotesThroughTheChainThenRollsBackAndRecordsTheIncident() throws Exception {
        Path delivery = out.resolve("delivery");
        assertThat(run.out()).contains("Deployed 1.4.2 to dev", "Deployed 1.4.2 to staging",
                "Deployed 1.4.2 to production", "delivery-gates: refused:", "Rolling back: ", "Rolled back.");
        assertThat(Files.readString(delivery.resolve("deployments.log"))).isEqualTo("deployed shop 1.4.2 to dev\n"
                + "deployed shop 1.4.2 to staging\ndeployed shop 1.4.2 to production\n"
                + "rolled production back to 1.4.1\n");
        List<String> kinds = FileLedger.inFolder(delivery.resolve("shop")).events().stream()
                .map(LedgerEvent::type).map(Object::toString).toList();
        assertThat(kinds).contains("DEPLOYMENT_STARTED", "DEPLOYMENT_FINISHED", "HEALTH_CHECKED", "ROLLBACK",
                "INCIDENT_OPENED");
        String dashboard = Files.readString(delivery.resolve("dashboard.html"));
        String incidents = dashboard.substring(dashboard.indexOf("<h3>Incidents</h3>"));
        assertThat(incidents).contains("health check failed: 2 of 4 measurements failed");
    }
}
