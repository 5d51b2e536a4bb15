package io.deliverygates.metrics;

import java.util.List;

/**
 * Build duration tracking from {@code BUILD_FINISHED} events (all builds of the job, whatever their outcome).
 *
 * @param current  durations of the builds that finished in the window
 * @param previous the same for the previous window
 * @param trend    per bucket, oldest first
 */
public record BuildReport(DurationStats current, DurationStats previous, List<BuildPoint> trend) {
    public BuildReport {
        trend = List.copyOf(trend);
    }
}
