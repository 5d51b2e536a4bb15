package io.deliverygates.metrics;

import java.util.Objects;

/**
 * The bounds that place one metric's value in a {@link Level}: the level is the best one whose bound the value meets
 * (at least the bound when higher is better, at most the bound otherwise); a value meeting none is {@link Level#LOW}.
 * Bounds need not be monotonic: DORA 2024 reports a lower failure rate for medium (10 %) than for high (20 %), so a
 * value between 5 % and 20 % is high and medium is never reached by that metric alone (docs/metrics.md).
 *
 * @param metric the metric, in its unit
 * @param elite  bound for elite
 * @param high   bound for high
 * @param medium bound for medium
 */
public record LevelBands(Metric metric, double elite, double high, double medium) {
    public LevelBands {
        Objects.requireNonNull(metric, "metric");
    }

    public Level level(double value) {
        if (meets(value, elite)) {
            return Level.ELITE;
        }
        if (meets(value, high)) {
            return Level.HIGH;
        }
        return meets(value, medium) ? Level.MEDIUM : Level.LOW;
    }

    private boolean meets(double value, double bound) {
        return metric.higherIsBetter() ? value >= bound : value <= bound;
    }
}
