package io.deliverygates.metrics;

import java.time.Duration;

/**
 * Count, median and 90th percentile of a set of durations (linear interpolation between closest ranks, as numpy's
 * default and Excel's PERCENTILE.INC; rounded to milliseconds, half to even). Median and p90 are null when the count is 0.
 */
public record DurationStats(long count, Duration median, Duration p90) {
    public static final DurationStats EMPTY = new DurationStats(0, null, null);
}
