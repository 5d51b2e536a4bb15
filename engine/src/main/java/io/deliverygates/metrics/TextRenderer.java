package io.deliverygates.metrics;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A short plain-text summary: per job, the production headlines and one line per environment. */
public final class TextRenderer implements MetricsRenderer {
    @Override
    public void render(MetricsReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Window window = report.window();
        out.printf(Locale.ROOT, "Delivery metrics %s to %s (%s days; previous window %s to %s)%n",
                instant(window.from()), instant(window.to()), number(window.days()),
                instant(report.previous().from()), instant(report.previous().to()));
        out.printf("Levels: %s%n", report.levelsSource());
        for (JobReport job : report.jobs()) {
            job(out, job);
        }
        out.flush();
    }

    private void job(PrintWriter out, JobReport job) {
        ScopeReport production = job.production();
        Figures figures = production.current();
        out.printf("%n== %s: %s (%s)%n", job.job(), production.name(), String.join(", ", production.environments()));
        out.printf(Locale.ROOT, "  %d production deployments (%d successful, %d failed, %d rework, %d aborted)%n",
                figures.deployments(), figures.successful(), figures.failed(), figures.rework(), figures.aborted());
        for (Headline headline : production.headlines()) {
            out.printf(Locale.ROOT, "  %-22s %-18s %-7s %-32s previous %s%n", label(headline.metric()),
                    value(headline.metric(), headline.value()),
                    headline.level() == null ? "" : headline.level().name().toLowerCase(Locale.ROOT),
                    objective(headline.objective()), value(headline.metric(), headline.previous()));
        }
        out.printf(Locale.ROOT, "  %-22s %s per week, %s deployment days per week%n", "", number(
                figures.deploymentsPerWeek()), number(figures.deploymentDaysPerWeek()));
        out.printf(Locale.ROOT, "  lead time p90 %s over %d commits (%d dropped); restore p90 %s over %d incidents, "
                + "%d open%n", duration(figures.leadTime().p90()), figures.leadTime().count(),
                figures.commitsDropped(), duration(figures.timeToRestore().p90()), figures.timeToRestore().count(),
                figures.openIncidents());
        DurationStats builds = job.builds().current();
        out.printf(Locale.ROOT, "  builds: %d, median %s, p90 %s%n", builds.count(), duration(builds.median()),
                duration(builds.p90()));
        for (UnfinishedDeployment unfinished : job.unfinished()) {
            out.printf(Locale.ROOT, "  unfinished: %s %s to %s started %s, never finished (running, or stopped without"
                    + " recording its end)%n", unfinished.deploymentId(), unfinished.version(),
                    unfinished.environment(), unfinished.started());
        }
        for (ScopeReport environment : job.environments()) {
            Figures env = environment.current();
            out.printf(Locale.ROOT, "  env %-16s %d deployments, %s/day, failure rate %s, lead time %s%n",
                    environment.name(), env.deployments(), number(env.deploymentsPerDay()),
                    value(Metric.CHANGE_FAILURE_RATE, env.changeFailureRate()),
                    duration(env.leadTime().median()));
        }
    }

    private static String label(Metric metric) {
        switch (metric) {
            case DEPLOYMENT_FREQUENCY:
                return "Deployment frequency";
            case LEAD_TIME:
                return "Lead time for changes";
            case CHANGE_FAILURE_RATE:
                return "Change failure rate";
            case TIME_TO_RESTORE:
                return "Time to restore";
            default:
                return "Rework rate";
        }
    }

    /** A headline value in its unit, readable: "2.4/day", "3h 20m", "12.5 %"; "-" without data. */
    static String value(Metric metric, Double value) {
        if (value == null) {
            return "-";
        }
        switch (metric.unit()) {
            case "deployments/day":
                return number(value) + "/day";
            case "seconds":
                return duration(Duration.ofMillis(Math.round(value * 1000)));
            default:
                return number(value * 100) + " %";
        }
    }

    private static String objective(ObjectiveResult result) {
        if (result == null) {
            return "";
        }
        Objective objective = result.objective();
        String comparison = objective.comparison() == Objective.Comparison.AT_LEAST ? ">=" : "<";
        return "objective " + comparison + " " + value(objective.metric(), objective.target()) + ": "
                + result.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    /** "2d 3h 5m", "3h 20m", "12m 5s", "45s", "250ms"; "-" for null. */
    static String duration(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long seconds = duration.toSeconds();
        if (seconds >= 86_400) {
            return seconds / 86_400 + "d " + seconds % 86_400 / 3600 + "h " + seconds % 3600 / 60 + "m";
        }
        if (seconds >= 3600) {
            return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
        }
        if (seconds >= 60) {
            return seconds / 60 + "m " + seconds % 60 + "s";
        }
        return seconds > 0 ? seconds + "s" : duration.toMillis() + "ms";
    }

    private static String instant(java.time.Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
