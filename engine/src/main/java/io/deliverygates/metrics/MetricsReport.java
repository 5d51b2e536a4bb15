package io.deliverygates.metrics;

import java.time.Instant;
import java.util.List;

/**
 * Everything a dashboard shows: the result of {@code metrics} for one or several jobs. Immutable; renderers walk it.
 *
 * @param generatedAt   when it was computed
 * @param window        the window of the figures
 * @param previous      the previous window, for comparison
 * @param granularity   the bucket size of the trends
 * @param levelsSource  where the performance levels come from
 * @param jobs          one report per job (ledger), in the order given
 */
public record MetricsReport(
        Instant generatedAt,
        Window window,
        Window previous,
        Granularity granularity,
        String levelsSource,
        List<JobReport> jobs) {

    public MetricsReport {
        jobs = List.copyOf(jobs);
    }

    /** The report of the given jobs' reports, all computed for {@code window} with {@code config}. */
    public static MetricsReport of(Instant generatedAt, Window window, MetricsConfig config, List<JobReport> jobs) {
        return new MetricsReport(generatedAt, window, window.previous(), config.granularityFor(window),
                config.levels().source(), jobs);
    }
}
