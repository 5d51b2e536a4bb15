package io.deliverygates.dashboard;

import io.deliverygates.metrics.DurationStats;
import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.Histogram;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.Level;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsRenderer;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.ObjectiveResult;
import io.deliverygates.metrics.ScopeReport;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report's window figures as Prometheus gauges, and lead and restore times also as histograms (text exposition
 * format 0.0.4), labelled by {@code job},
 * {@code scope} ("production" for the configured production set, "environment" for one environment) and
 * {@code environment} (the set's environment names joined by commas, or the one environment's name). Durations
 * are in seconds and rates are ratios, per Prometheus' naming conventions. Gauges, not counters: each value is a
 * figure of the window, recomputed at every scrape; the histograms' buckets likewise count the window's values.
 */
public final class PrometheusReportRenderer implements MetricsRenderer {
    private static final String PREFIX = "deliverygates_";

    /** One gauge family drawn from the figures of a scope. */
    private record Gauge(String name, String help, Function<Figures, Number> value) {
    }

    private static final List<Gauge> GAUGES = List.of(
            new Gauge("deployment_frequency_per_day", "Successful deployments per day in the window.",
                    Figures::deploymentsPerDay),
            new Gauge("deployment_days_per_week", "Days with at least one successful deployment, per week.",
                    Figures::deploymentDaysPerWeek),
            new Gauge("change_failure_ratio",
                    "Failed (failed, rolled back or incident-causing) deployments / deployments.",
                    Figures::changeFailureRate),
            new Gauge("rework_ratio", "Deployments made to fix an incident / deployments.", Figures::reworkRate),
            new Gauge("lead_time_commits", "Commits first deployed in the window (lead time sample size).",
                    f -> f.leadTime().count()),
            new Gauge("incidents_resolved", "Incidents resolved in the window.", f -> f.timeToRestore().count()),
            new Gauge("incidents_open", "Incidents open at the end of the window.", Figures::openIncidents));

    /** The HTTP media type of the output. */
    public String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    @Override
    public void render(MetricsReport report, Writer out) throws IOException {
        PrometheusText text = new PrometheusText(out);
        text.family(PREFIX + "window_seconds", "gauge", "Length of the window the figures cover, in seconds.");
        text.sample(PREFIX + "window_seconds", report.window().length().toSeconds());
        List<Scope> scopes = scopes(report);
        deployments(text, scopes);
        for (Gauge gauge : GAUGES) {
            String name = PREFIX + gauge.name();
            text.family(name, "gauge", gauge.help());
            for (Scope scope : scopes) {
                text.sample(name, gauge.value().apply(scope.report().current()), scope.labels());
            }
        }
        durations(text, scopes, "lead_time_seconds", "Lead time for changes (commit to production), seconds.",
                Figures::leadTime);
        durations(text, scopes, "time_to_restore_seconds", "Time to restore (incident opened to resolved), seconds.",
                Figures::timeToRestore);
        histograms(text, scopes, "lead_time_histogram_seconds",
                "Lead times of the commits first deployed in the window, seconds; add up across jobs.",
                Figures::leadTimes);
        histograms(text, scopes, "time_to_restore_histogram_seconds",
                "Times to restore of the incidents resolved in the window, seconds; add up across jobs.",
                Figures::restoreTimes);
        builds(text, report.jobs());
        objectives(text, scopes);
        levels(text, scopes);
    }

    /** A scope of a job with its labels; the production set and an environment named "production" differ. */
    private record Scope(String job, ScopeReport report, boolean production) {
        String[] labels(String... more) {
            String[] labels = new String[6 + more.length];
            labels[0] = "job";
            labels[1] = job;
            labels[2] = "scope";
            labels[3] = production ? "production" : "environment";
            labels[4] = "environment";
            labels[5] = production ? String.join(",", report.environments()) : report.name();
            System.arraycopy(more, 0, labels, 6, more.length);
            return labels;
        }
    }

    private static List<Scope> scopes(MetricsReport report) {
        List<Scope> scopes = new ArrayList<>();
        for (JobReport job : report.jobs()) {
            scopes.add(new Scope(job.job(), job.production(), true));
            for (ScopeReport scope : job.environments()) {
                scopes.add(new Scope(job.job(), scope, false));
            }
        }
        return scopes;
    }

    private static void deployments(PrometheusText text, List<Scope> scopes) throws IOException {
        String name = PREFIX + "deployments";
        text.family(name, "gauge", "Deployments finished in the window, by result (counted = succeeded or failed).");
        for (Scope scope : scopes) {
            Figures f = scope.report().current();
            text.sample(name, f.deployments(), scope.labels("result", "counted"));
            text.sample(name, f.successful(), scope.labels("result", "successful"));
            text.sample(name, f.failed(), scope.labels("result", "failed"));
            text.sample(name, f.aborted(), scope.labels("result", "aborted"));
            text.sample(name, f.rework(), scope.labels("result", "rework"));
        }
    }

    private static void durations(PrometheusText text, List<Scope> scopes, String suffix, String help,
            Function<Figures, DurationStats> stats) throws IOException {
        String name = PREFIX + suffix;
        text.family(name, "gauge", help + " Statistic median or p90.");
        for (Scope scope : scopes) {
            DurationStats values = stats.apply(scope.report().current());
            text.sample(name, seconds(values.median()), scope.labels("statistic", "median"));
            text.sample(name, seconds(values.p90()), scope.labels("statistic", "p90"));
        }
    }

    /** Cumulative buckets ({@code le} in seconds), sum and count: a Prometheus histogram per scope. */
    private static void histograms(PrometheusText text, List<Scope> scopes, String suffix, String help,
            Function<Figures, Histogram> histogram) throws IOException {
        String name = PREFIX + suffix;
        text.family(name, "histogram", help);
        for (Scope scope : scopes) {
            Histogram values = histogram.apply(scope.report().current());
            for (int i = 0; i < values.bounds().size(); i++) {
                text.sample(name + "_bucket", values.atMost().get(i),
                        scope.labels("le", values.bounds().get(i).toSeconds() + ".0"));
            }
            text.sample(name + "_bucket", values.count(), scope.labels("le", "+Inf"));
            text.sample(name + "_sum", values.sum().toMillis() / 1000.0, scope.labels());
            text.sample(name + "_count", values.count(), scope.labels());
        }
    }

    private static void builds(PrometheusText text, List<JobReport> jobs) throws IOException {
        String name = PREFIX + "build_duration_seconds";
        text.family(name, "gauge", "Duration of the builds finished in the window, seconds. Statistic median or p90.");
        for (JobReport job : jobs) {
            text.sample(name, seconds(job.builds().current().median()), "job", job.job(), "statistic", "median");
            text.sample(name, seconds(job.builds().current().p90()), "job", job.job(), "statistic", "p90");
        }
        text.family(PREFIX + "builds", "gauge", "Builds finished in the window.");
        for (JobReport job : jobs) {
            text.sample(PREFIX + "builds", job.builds().current().count(), "job", job.job());
        }
    }

    private static void objectives(PrometheusText text, List<Scope> scopes) throws IOException {
        String name = PREFIX + "objective_met";
        text.family(name, "gauge", "1 when the metric meets its objective, 0 when not; absent without data.");
        for (Scope scope : scopes) {
            for (Headline headline : scope.report().headlines()) {
                ObjectiveResult objective = headline.objective();
                if (objective != null && objective.status() != ObjectiveResult.Status.NO_DATA) {
                    text.sample(name, objective.status() == ObjectiveResult.Status.MET ? 1 : 0,
                            scope.labels("metric", metricLabel(headline.metric())));
                }
            }
        }
    }

    private static void levels(PrometheusText text, List<Scope> scopes) throws IOException {
        String name = PREFIX + "performance_level";
        text.family(name, "gauge", "DORA performance level of the metric: 1 for the level it reached, 0 for the others.");
        for (Scope scope : scopes) {
            for (Headline headline : scope.report().headlines()) {
                if (headline.level() == null) {
                    continue;
                }
                for (Level level : Level.values()) {
                    text.sample(name, level == headline.level() ? 1 : 0, scope.labels("metric",
                            metricLabel(headline.metric()), "level", level.name().toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    private static String metricLabel(Metric metric) {
        return metric.name().toLowerCase(Locale.ROOT);
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toMillis() / 1000.0;
    }
}
