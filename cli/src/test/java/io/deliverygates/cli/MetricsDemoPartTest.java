package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.demo.DemoJob;
import io.deliverygates.demo.DemoLedger;
import io.deliverygates.ledger.FileLedger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsDemoPartTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void writesALedgerPerJobAndTheDashboardInEveryFormat(@TempDir Path dir) throws Exception {
        StringWriter console = new StringWriter();
        List<DemoPart.Page> pages = part().write(dir, new PrintWriter(console, true));

        assertThat(pages).extracting(DemoPart.Page::file)
                .containsExactly("dashboard.html", "metrics.csv", "metrics.prom", "metrics.json");
        for (DemoPart.Page page : pages) {
            assertThat(dir.resolve(page.file())).isNotEmptyFile();
        }
        for (DemoJob job : DemoLedger.JOBS) {
            assertThat(FileLedger.inFolder(dir.resolve("ledgers").resolve(job.slug())).events())
                    .isEqualTo(new DemoLedger(MetricsDemoPart.SEED, NOW).eventsByJob().get(job));
            assertThat(console.toString()).contains(job.name() + ": Deployment frequency ");
        }
        assertThat(Files.readString(dir.resolve("dashboard.html"))).contains("&lt;script&gt;alert(1)");
        assertThat(Files.readString(dir.resolve("metrics.prom")))
                .contains("# TYPE deliverygates_lead_time_seconds gauge");
    }

    @Test
    void runningTwiceRewritesTheLedgersInsteadOfDoublingThem(@TempDir Path dir) throws Exception {
        part().write(dir, new PrintWriter(new StringWriter()));
        String first = Files.readString(dir.resolve("metrics.csv"));
        part().write(dir, new PrintWriter(new StringWriter()));
        assertThat(Files.readString(dir.resolve("metrics.csv"))).isEqualTo(first);
    }

    private static MetricsDemoPart part() {
        return new MetricsDemoPart(Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
