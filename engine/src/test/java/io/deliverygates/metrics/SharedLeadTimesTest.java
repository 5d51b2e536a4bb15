package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.LedgerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production set and its only production environment share their lead times; when a second production
 * environment appears late, with much history behind it, each gets its own copy and they go separate ways.
 */
class SharedLeadTimesTest {
    private static final MetricsConfig CONFIG = MetricsConfig.defaults();
    private static final Instant NOW = RandomLedger.START.plus(Duration.ofDays(20));

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34})
    void aLateSecondProductionEnvironmentSplitsTheSharedLeadTimes(long seed) {
        List<LedgerEvent> random = RandomLedger.generate(seed, 1500, 40);
        int late = random.size() * 2 / 3;
        List<LedgerEvent> ledger = new ArrayList<>();
        for (int i = 0; i < random.size(); i++) {
            LedgerEvent event = random.get(i);
            // before the split only "production" is a production environment; then "prod" joins it
            boolean renamed = i < late && event.environment() != null
                    && CONFIG.isProduction(event.environment()) && !"production".equals(event.environment());
            ledger.add(renamed ? rename(event, "production") : event);
        }
        IncrementalMetrics metrics = new IncrementalMetrics("job", CONFIG);
        metrics.acceptAll(ledger.subList(0, late));
        assertSameAsNaive(metrics, ledger.subList(0, late));
        assertThat(metrics.environments.keySet()).doesNotContain("prod");

        ledger.subList(late, ledger.size()).forEach(metrics::accept);
        assertSameAsNaive(metrics, ledger);
        assertThat(metrics.environments.keySet()).contains("prod", "production");
        JobReport everything = metrics.report(Window.lastDays(90, NOW.plus(Duration.ofDays(30))));
        Figures production = everything.environments().stream()
                .filter(scope -> scope.name().equals("production")).findFirst().orElseThrow().current();
        Figures all = everything.production().current();
        assertThat(all.leadTime().count()).isGreaterThan(production.leadTime().count());
    }

    private static void assertSameAsNaive(IncrementalMetrics metrics, List<LedgerEvent> ledger) {
        for (Window window : List.of(Window.lastDays(7, NOW), Window.lastDays(30, NOW),
                Window.lastDays(90, NOW.plus(Duration.ofDays(30))))) {
            assertThat(metrics.report(window)).isEqualTo(NaiveMetrics.report("job", ledger, CONFIG, window));
        }
    }

    private static LedgerEvent rename(LedgerEvent event, String environment) {
        return new LedgerEvent(event.schema(), event.id(), event.type(), event.time(), environment, event.version(),
                event.deploymentId(), event.incidentId(), event.fixesIncident(), event.build(), event.commits(),
                event.outcome(), event.duration(), event.message(), event.attributes());
    }
}
