package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.LedgerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncrementalMetricsTest {
    private static final MetricsConfig CONFIG = MetricsConfig.defaults();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void incrementalEqualsNaiveOnRandomLedgers(long seed) {
        List<LedgerEvent> ledger = RandomLedger.generate(seed, 400, 40);
        IncrementalMetrics incremental = new IncrementalMetrics("job", CONFIG);
        Instant now = RandomLedger.START.plus(Duration.ofDays(20));
        int chunk = ledger.size() / 4;
        for (int end = chunk; end <= 3 * chunk; end += chunk) {
            incremental.acceptAll(ledger.subList(end - chunk, end));
            assertSame(incremental, ledger.subList(0, end), Window.lastDays(30, now), CONFIG);
        }
        incremental.acceptAll(ledger.subList(3 * chunk, ledger.size()));
        assertThat(incremental.events()).isEqualTo(ledger.size());
        for (Window window : List.of(Window.lastDays(7, now), Window.lastDays(30, now),
                Window.lastDays(90, now.plus(Duration.ofDays(30))),
                new Window(now.minus(Duration.ofHours(77)), now.plus(Duration.ofMinutes(1234))))) {
            assertSame(incremental, ledger, window, CONFIG);
            assertSame(incremental, ledger, window, CONFIG.withGranularity(Granularity.DAY));
        }
        // the random ledger exercises every kind of fact, so the equality above compares something
        Figures month = incremental.report(Window.lastDays(30, now.plus(Duration.ofDays(20)))).production().current();
        assertThat(month.leadTime().count()).isPositive();
        assertThat(month.commitsDropped()).isPositive();
        assertThat(month.failed()).isPositive();
        assertThat(month.aborted()).isPositive();
        assertThat(month.rework()).isPositive();
        assertThat(month.timeToRestore().count()).isPositive();
    }

    private static void assertSame(IncrementalMetrics incremental, List<LedgerEvent> ledger, Window window,
            MetricsConfig config) {
        JobReport expected = NaiveMetrics.report("job", ledger, config, window);
        JobReport actual = config == CONFIG ? incremental.report(window)
                : new IncrementalMetrics("job", config).acceptAll(ledger).report(window);
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.production().current().deployments()).isPositive();
        assertThat(expected.environments()).hasSizeGreaterThan(2);
    }
}
