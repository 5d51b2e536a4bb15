package io.deliverygates.dashboard;

import io.deliverygates.metrics.BuildPoint;
import io.deliverygates.metrics.DurationStats;
import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsRenderer;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.ScopeReport;
import io.deliverygates.metrics.TrendPoint;
import io.deliverygates.metrics.Window;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as one tidy CSV table (RFC 4180, via commons-csv): one row per job, scope, period and metric. Scope
 * {@code production} is the configured production set (its environments joined by commas), {@code environment} one
 * environment, {@code builds} the build durations. Period
 * {@code window} rows carry level and objective; {@code bucket} rows are the production trend. Values are raw
 * numbers in the metric's unit (seconds, ratios 0..1, deployments a day), empty when there is no data.
 */
public final class CsvReportRenderer implements MetricsRenderer {
    /** The columns, in order. */
    public static final String[] HEADER = {"job", "scope", "environment", "period", "from", "to", "metric", "value", "unit",
        "level", "objective", "objective_status", "previous"};
    private static final String BUILD_DURATION = "build_duration";
    private static final String PRODUCTION = "production";
    private static final String ENVIRONMENT = "environment";
    private static final String BUILDS = "builds";
    private static final String WINDOW = "window";
    private static final String BUCKET = "bucket";

    /** The HTTP media type of the output. */
    public String contentType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public void render(MetricsReport report, Writer out) throws IOException {
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (JobReport job : report.jobs()) {
                window(csv, job, PRODUCTION, job.production(), report.window());
                for (ScopeReport scope : job.environments()) {
                    window(csv, job, ENVIRONMENT, scope, report.window());
                }
                csv.printRecord(job.job(), BUILDS, null, WINDOW, report.window().from(), report.window().to(),
                        BUILD_DURATION, seconds(job.builds().current()), "seconds", null, null, null,
                        seconds(job.builds().previous()));
                trend(csv, job);
            }
        }
    }

    private static void window(CSVPrinter csv, JobReport job, String kind, ScopeReport scope, Window window)
            throws IOException {
        String environment = kind.equals(PRODUCTION) ? String.join(",", scope.environments()) : scope.name();
        for (Metric metric : Metric.values()) {
            Headline headline = scope.headline(metric);
            csv.printRecord(job.job(), kind, environment, WINDOW, window.from(), window.to(), name(metric),
                    headline.value(), metric.unit(),
                    headline.level() == null ? null : headline.level().name().toLowerCase(Locale.ROOT),
                    headline.objective() == null ? null : Formats.objective(headline.objective().objective()),
                    headline.objective() == null ? null
                            : headline.objective().status().name().toLowerCase(Locale.ROOT),
                    headline.previous());
        }
    }

    private static void trend(CSVPrinter csv, JobReport job) throws IOException {
        for (TrendPoint point : job.production().trend()) {
            Figures figures = point.figures();
            for (Metric metric : Metric.values()) {
                csv.printRecord(job.job(), PRODUCTION, String.join(",", job.production().environments()), BUCKET, point.bucket().from(),
                        point.bucket().to(), name(metric), figures.value(metric), metric.unit(), null, null, null,
                        null);
            }
        }
        for (BuildPoint point : job.builds().trend()) {
            csv.printRecord(job.job(), BUILDS, null, BUCKET, point.bucket().from(), point.bucket().to(),
                    BUILD_DURATION, seconds(point.durations()), "seconds", null, null, null, null);
        }
    }

    private static String name(Metric metric) {
        return metric.name().toLowerCase(Locale.ROOT);
    }

    private static Double seconds(DurationStats stats) {
        return stats.median() == null ? null : stats.median().toMillis() / 1000.0;
    }
}
