package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.LedgerScan;
import io.deliverygates.ledger.Retention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerMetricsTest {
    private static final Window WEEK = Window.lastDays(7, WorkedExample.NOW);

    @TempDir
    Path temp;

    @Test
    void readsOnlyWhatWasAppendedSinceTheLastReport() throws IOException {
        List<LedgerEvent> ledger = WorkedExample.ledger();
        FileLedger file = FileLedger.inFolder(temp.resolve("shop"));
        file.appendAll(ledger.subList(0, 6));
        LedgerMetrics metrics = new LedgerMetrics("shop", file, MetricsConfig.defaults());
        assertThat(metrics.report(WEEK).production().current().deployments()).isEqualTo(3);
        assertThat(metrics.events()).isEqualTo(6);

        file.appendAll(ledger.subList(6, ledger.size()));
        JobReport report = metrics.report(WEEK);
        assertThat(metrics.events()).isEqualTo(ledger.size());
        assertThat(report).isEqualTo(NaiveMetrics.report("shop", ledger, MetricsConfig.defaults(), WEEK));
        assertThat(metrics.refresh().events()).isZero();
        assertThat(metrics.job()).isEqualTo("shop");
        assertThat(metrics.ledger()).isSameAs(file);
    }

    @Test
    void theFirstReadFoldsWhileReadingAndNamesDamagedRecords() throws IOException {
        List<LedgerEvent> ledger = WorkedExample.ledger();
        FileLedger file = FileLedger.inFolder(temp.resolve("shop"));
        file.appendAll(ledger.subList(0, 4));
        Files.writeString(file.file(), "{\"schema\":1,\"id\":\"torn\",\"type\":\"DEPLOYMENT_FIN\n",
                StandardOpenOption.APPEND);
        file.appendAll(ledger.subList(4, ledger.size()));
        LedgerMetrics metrics = new LedgerMetrics("shop", file, MetricsConfig.defaults());

        LedgerScan scan = metrics.refresh();
        assertThat(scan.events()).isEqualTo(ledger.size());
        assertThat(scan.warnings()).singleElement().asString().contains(file.file().toString());
        assertThat(metrics.events()).isEqualTo(ledger.size());
        assertThat(metrics.report(WEEK)).isEqualTo(NaiveMetrics.report("shop", ledger, MetricsConfig.defaults(),
                WEEK));
    }

    @Test
    void startsOverWhenRetentionRewroteTheFile() throws IOException {
        FileLedger file = FileLedger.inFolder(temp).withClock(Clock.fixed(WorkedExample.NOW, ZoneOffset.UTC));
        file.appendAll(WorkedExample.ledger());
        LedgerMetrics metrics = new LedgerMetrics("shop", file, MetricsConfig.defaults());
        assertThat(metrics.report(WEEK).production().current().deployments()).isEqualTo(5);

        file.retain(Retention.byAge(Duration.ofDays(2)));
        Figures after = metrics.report(WEEK).production().current();
        assertThat(after.deployments()).isEqualTo(1);
        assertThat(metrics.events()).isLessThan(WorkedExample.ledger().size());
    }

    @Test
    void serviceKeepsOneStatePerLedgerAndReportsAcrossJobs() throws IOException {
        FileLedger.inFolder(temp.resolve("a")).appendAll(WorkedExample.ledger());
        FileLedger.inFolder(temp.resolve("b")).appendAll(WorkedExample.ledger().subList(0, 2));
        MetricsService service = new MetricsService(MetricsConfig.defaults());
        assertThat(service.ledger("a", temp.resolve("a")))
                .isSameAs(service.ledger("a", temp.resolve("a").resolve(FileLedger.FILE_NAME)));
        MetricsReport report = service.report(Map.of("a", temp.resolve("a")), WEEK, WorkedExample.NOW);
        assertThat(report.jobs()).extracting(JobReport::job).containsExactly("a");
        assertThat(service.job("b", temp.resolve("b"), WEEK).production().current().deployments()).isEqualTo(1);
        assertThat(report.levelsSource()).isEqualTo(service.config().levels().source());

        LedgerMetrics kept = service.ledger("a", temp.resolve("a"));
        service.forget("a", temp.resolve("a"));
        assertThat(service.ledger("a", temp.resolve("a"))).isNotSameAs(kept);
    }
}
