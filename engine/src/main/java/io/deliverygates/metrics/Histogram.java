package io.deliverygates.metrics;

import java.time.Duration;
import java.util.List;

/**
 * How a window's durations (lead times, restore times) spread over fixed bounds, counted cumulatively as Prometheus
 * histograms are: unlike medians, the histograms of several jobs add up, so a dashboard over many jobs can still ask
 * for a quantile of all of them ({@code histogram_quantile} in PromQL). The bounds follow the DORA levels (an hour,
 * a day, a week, a month, six months) with finer steps below an hour.
 *
 * @param bounds upper bounds, ascending: {@link #BOUNDS}
 * @param atMost per bound, how many durations are at or below it
 * @param count  how many durations there are (the bucket without bound)
 * @param sum    their sum
 */
public record Histogram(List<Duration> bounds, List<Long> atMost, long count, Duration sum) {
    public static final List<Duration> BOUNDS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(30), Duration.ofDays(180));

    public Histogram {
        bounds = List.copyOf(bounds);
        atMost = List.copyOf(atMost);
    }
}
