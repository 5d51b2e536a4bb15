package io.deliverygates.bench;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.NaiveMetrics;
import io.deliverygates.metrics.Window;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A companion to {@link MetricsBenchmark} for shared machines: the same three operations timed by the thread's CPU
 * time (not wall time), which other processes on the machine inflate much less. Not a JMH benchmark (no
 * blackholes, plain repetition after warm-up); the JMH figures stay the reference, these say how much of them is
 * waiting for a core. Run: {@code java -cp bench/target/benchmarks.jar io.deliverygates.bench.MetricsCpuTime}.
 */
public final class MetricsCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MetricsConfig CONFIG = MetricsConfig.defaults();
    private static final int ROUNDS = 5;
    private static final int UPDATES = 2000;

    private MetricsCpuTime() {
    }

    public static void main(String[] args) {
        List<LedgerEvent> ledger = LedgerFixture.generate(1_000_000, 180);
        Instant next = LedgerFixture.end(ledger);
        Window window = Window.lastDays(90, next);
        for (int round = 1; round <= ROUNDS; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            IncrementalMetrics metrics = new IncrementalMetrics("shop/deploy", CONFIG).acceptAll(ledger);
            metrics.report(window);
            long cold = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < UPDATES; i++) {
                Instant time = next.plusMillis(i);
                metrics.accept(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, time).id("n" + i)
                        .deploymentId("n" + i).environment("production").outcome(Outcome.SUCCEEDED)
                        .commits(List.of(new Commit("n" + i, null, time.minusSeconds(900)))).build());
                metrics.report(window);
            }
            long updated = THREADS.getCurrentThreadCpuTime();
            NaiveMetrics.report("shop/deploy", ledger, CONFIG, window);
            long naive = THREADS.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: cold %.0f ms, incremental update %.3f ms, naive %.0f ms%n",
                    round, (cold - start) / 1e6, (updated - cold) / 1e6 / UPDATES, (naive - updated) / 1e6);
        }
    }
}
