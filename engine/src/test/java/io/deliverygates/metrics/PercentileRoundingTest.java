package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** docs/metrics.md, "Percentiles": interpolated values are rounded to a millisecond half to even. */
class PercentileRoundingTest {
    private static Duration median(long... sortedMs) {
        return Percentiles.ofSorted(sortedMs).median();
    }

    @Test
    void aMedianHalfwayBetweenTwoMillisecondsGoesToTheEvenOne() {
        assertThat(median(2, 3)).isEqualTo(Duration.ofMillis(2));
        assertThat(median(1, 2)).isEqualTo(Duration.ofMillis(2));
        assertThat(median(4, 5)).isEqualTo(Duration.ofMillis(4));
        assertThat(median(60_000, 60_001)).isEqualTo(Duration.ofMillis(60_000));
    }

    @Test
    void aP90TieIsDecidedExactlyAndAwayFromTiesTheNearestWins() {
        // n = 6: h = 4.5 exactly, between 10 ms and 13 ms: 11.5 -> 12 (even)
        assertThat(Percentiles.ofSorted(new long[] {0, 0, 0, 0, 10, 13}).p90()).isEqualTo(Duration.ofMillis(12));
        // n = 6: h = 4.5 between 10 ms and 11 ms: 10.5 -> 10 (even)
        assertThat(Percentiles.ofSorted(new long[] {0, 0, 0, 0, 10, 11}).p90()).isEqualTo(Duration.ofMillis(10));
        // n = 3: h = 1.8 between 0 and 1 ms: 0.8 -> 1
        assertThat(Percentiles.ofSorted(new long[] {0, 0, 1}).p90()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void roundHalfEvenOnExactFractions() {
        assertThat(Percentiles.roundHalfEven(2500, 1000)).isEqualTo(2);
        assertThat(Percentiles.roundHalfEven(3500, 1000)).isEqualTo(4);
        assertThat(Percentiles.roundHalfEven(3499, 1000)).isEqualTo(3);
        assertThat(Percentiles.roundHalfEven(3501, 1000)).isEqualTo(4);
    }
}
