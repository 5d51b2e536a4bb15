package io.deliverygates.metrics;

/**
 * Build durations of one trend bucket.
 *
 * @param bucket    the bucket's time range
 * @param durations count, median and p90 of the durations of the builds that finished in it
 */
public record BuildPoint(Window bucket, DurationStats durations) {
}
