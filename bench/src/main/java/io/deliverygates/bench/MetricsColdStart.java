package io.deliverygates.bench;

import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.LedgerMetrics;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * What a Jenkins controller does for the first dashboard of a job after a restart: read the job's ledger file and
 * compute the 90-day report ({@code new LedgerMetrics(...).report(window)}), on the {@link MetricsBenchmark} fixture
 * (1M events) written to a temporary ledger file. Not JMH: each round takes seconds; wall time per round, and a
 * heap too small is reported as such. Run with the heap to try, e.g. {@code java -Xmx384m -cp
 * bench/target/benchmarks.jar io.deliverygates.bench.MetricsColdStart}.
 */
public final class MetricsColdStart {
    private static final int ROUNDS = 4;

    private MetricsColdStart() {
    }

    public static void main(String[] args) throws IOException {
        List<LedgerEvent> events = LedgerFixture.generate(1_000_000, 180);
        Window window = Window.lastDays(90, LedgerFixture.end(events));
        try (TempLedger file = new TempLedger("metrics-cold-start", events)) {
            FileLedger ledger = file.ledger();
            System.out.printf(Locale.ROOT, "ledger: %d events, %d MB, heap limit %d MB%n", events.size(),
                    Files.size(ledger.file()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
            events = null; // only the file from here on
            for (int round = 1; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                try {
                    JobReport report = new LedgerMetrics("shop/deploy", ledger, MetricsConfig.defaults())
                            .report(window);
                    System.out.printf(Locale.ROOT, "round %d: cold start from the file %.0f ms (%d deployments)%n",
                            round, (System.nanoTime() - start) / 1e6, report.production().current().deployments());
                } catch (OutOfMemoryError e) {
                    System.out.printf(Locale.ROOT, "round %d: OutOfMemoryError after %.0f ms%n", round,
                            (System.nanoTime() - start) / 1e6);
                }
            }
        }
    }
}
