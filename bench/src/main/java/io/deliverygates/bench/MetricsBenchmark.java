package io.deliverygates.bench;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.NaiveMetrics;
import io.deliverygates.metrics.Window;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DORA metrics over a 90-day window of a 1M-event ledger (180 days of a busy job): cold (state built from all
 * events, then the report), one incremental update (one new deployment, then the report again), and the naive full
 * recompute as the baseline of both. docs/performance.md has the figures and the command.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class MetricsBenchmark {
    private static final int EVENTS = 1_000_000;
    private static final int DAYS = 180;
    private static final MetricsConfig CONFIG = MetricsConfig.defaults();

    private List<LedgerEvent> ledger;
    private Window window;
    private IncrementalMetrics kept;
    private Instant next;
    private long added;

    @Setup(Level.Trial)
    public void generate() {
        ledger = LedgerFixture.generate(EVENTS, DAYS);
        next = LedgerFixture.end(ledger);
        window = Window.lastDays(90, next);
        kept = new IncrementalMetrics("shop/deploy", CONFIG).acceptAll(ledger);
    }

    /** Cold: every event into a fresh incremental state, then the 90-day report. Target: under 200 ms. */
    @Benchmark
    public JobReport cold() {
        return new IncrementalMetrics("shop/deploy", CONFIG).acceptAll(ledger).report(window);
    }

    /** Baseline: the same report by the naive full recompute (join, scan, sort). */
    @Benchmark
    public JobReport naive() {
        return NaiveMetrics.report("shop/deploy", ledger, CONFIG, window);
    }

    /** One new successful production deployment into the kept state, then the 90-day report. Target: under 1 ms. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public JobReport incrementalUpdate() {
        added++;
        Instant time = next.plusMillis(added);
        kept.accept(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, time).id("n" + added)
                .deploymentId("n" + added).environment("production").outcome(Outcome.SUCCEEDED)
                .commits(List.of(new Commit("n" + added, null, time.minusSeconds(900)))).build());
        return kept.report(window);
    }
}
