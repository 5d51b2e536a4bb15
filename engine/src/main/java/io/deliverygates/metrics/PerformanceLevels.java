package io.deliverygates.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Performance levels for the headline metrics, with the source they come from (shown on dashboards).
 *
 * @param source where the bounds come from
 * @param bands  one entry per metric that has levels
 */
public record PerformanceLevels(String source, List<LevelBands> bands) {
    private static final double HOUR = 3600;
    private static final double DAY = 24 * HOUR;

    public PerformanceLevels {
        Objects.requireNonNull(source, "source");
        bands = List.copyOf(bands);
    }

    /**
     * The clusters of the 2024 Accelerate State of DevOps report (DORA): deployment frequency on demand (taken as at
     * least one a day) / daily to weekly / weekly to monthly; lead time under a day / a week / a month; change
     * failure rate 5 % / 20 % / 10 %; failed deployment recovery time under an hour / a day / a day. The rework rate
     * has no levels.
     */
    public static PerformanceLevels dora2024() {
        return new PerformanceLevels("DORA Accelerate State of DevOps Report 2024", List.of(
                new LevelBands(Metric.DEPLOYMENT_FREQUENCY, 1.0, 1.0 / 7, 1.0 / 30),
                new LevelBands(Metric.LEAD_TIME, DAY, 7 * DAY, 30 * DAY),
                new LevelBands(Metric.CHANGE_FAILURE_RATE, 0.05, 0.20, 0.10),
                new LevelBands(Metric.TIME_TO_RESTORE, HOUR, DAY, DAY)));
    }

    /** The level of a value, or empty when the metric has no levels or the value is unknown. */
    public Optional<Level> level(Metric metric, Double value) {
        if (value == null) {
            return Optional.empty();
        }
        return bands.stream().filter(band -> band.metric() == metric).findFirst().map(band -> band.level(value));
    }
}
