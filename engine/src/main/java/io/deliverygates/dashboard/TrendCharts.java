package io.deliverygates.dashboard;

import io.deliverygates.dashboard.chart.Chart;
import io.deliverygates.dashboard.chart.Point;
import io.deliverygates.dashboard.chart.Series;
import io.deliverygates.metrics.BuildPoint;
import io.deliverygates.metrics.DurationStats;
import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.ScopeReport;
import io.deliverygates.metrics.TrendPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The trend charts of one job: what each chart plots from the report's trend buckets, in which unit. */
final class TrendCharts {
    private static final double HOUR = 3600;
    private static final double MINUTE = 60;

    private TrendCharts() {
    }

    /** The charts of a job, ids prefixed with {@code idPrefix} (unique per job on the page). */
    static List<Chart> of(JobReport job, String idPrefix) {
        ScopeReport production = job.production();
        List<TrendPoint> trend = production.trend();
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart(idPrefix + "-deployments", "Production deployments", "per bucket",
                List.of(series("successful", trend, f -> f.successful()),
                        series("failed", trend, f -> f.failed())), Double.NaN));
        charts.add(new Chart(idPrefix + "-lead-time", "Lead time for changes", "hours",
                List.of(durations("median", trend, Figures::leadTime, DurationStats::median, HOUR),
                        durations("p90", trend, Figures::leadTime, DurationStats::p90, HOUR)),
                objective(production, Metric.LEAD_TIME, HOUR)));
        charts.add(new Chart(idPrefix + "-failure-rate", "Change failure rate", "%",
                List.of(series("failure rate", trend, f -> percent(f.changeFailureRate()))),
                objective(production, Metric.CHANGE_FAILURE_RATE, 0.01)));
        charts.add(new Chart(idPrefix + "-restore", "Time to restore", "minutes",
                List.of(durations("median", trend, Figures::timeToRestore, DurationStats::median, MINUTE)),
                objective(production, Metric.TIME_TO_RESTORE, MINUTE)));
        charts.add(new Chart(idPrefix + "-builds", "Build duration", "minutes", List.of(
                builds("median", job.builds().trend(), DurationStats::median),
                builds("p90", job.builds().trend(), DurationStats::p90)), Double.NaN));
        return charts;
    }

    private static Series series(String name, List<TrendPoint> trend, ToDoubleFunction<Figures> value) {
        List<Point> points = new ArrayList<>(trend.size());
        for (TrendPoint point : trend) {
            points.add(new Point(Formats.day(point.bucket().from()), value.applyAsDouble(point.figures())));
        }
        return new Series(name, points);
    }

    private static Series durations(String name, List<TrendPoint> trend, Function<Figures, DurationStats> stats,
            Function<DurationStats, Duration> statistic, double unit) {
        return series(name, trend, f -> inUnit(statistic.apply(stats.apply(f)), unit));
    }

    private static Series builds(String name, List<BuildPoint> trend, Function<DurationStats, Duration> statistic) {
        List<Point> points = new ArrayList<>(trend.size());
        for (BuildPoint point : trend) {
            points.add(new Point(Formats.day(point.bucket().from()),
                    inUnit(statistic.apply(point.durations()), MINUTE)));
        }
        return new Series(name, points);
    }

    /** The objective of a metric in the chart's unit, NaN when the metric has none. */
    private static double objective(ScopeReport scope, Metric metric, double unit) {
        Headline headline = scope.headline(metric);
        return headline.objective() == null ? Double.NaN : headline.objective().objective().target() / unit;
    }

    private static double inUnit(Duration duration, double unit) {
        return duration == null ? Double.NaN : duration.toMillis() / 1000.0 / unit;
    }

    private static double percent(Double ratio) {
        return ratio == null ? Double.NaN : ratio * 100;
    }
}
