package io.deliverygates.metrics;

import java.util.List;

/**
 * The metrics of one environment scope of a job: the production set, or a single environment.
 *
 * @param name              "production" for the production set, else the environment's name
 * @param environments      the environments the scope covers (for the production set: the configured names)
 * @param current           figures of the window
 * @param previous          figures of the previous window of the same length
 * @param headlines         the headline metrics with level, objective and previous value
 * @param trend             figures per bucket of the window, oldest first
 * @param recentDeployments the latest finished deployments of the window, newest first (at most the configured
 *                          number of rows)
 * @param incidents         incidents open at the window's end (oldest first), then incidents resolved in the
 *                          window (newest first, at most the configured number of rows)
 */
public record ScopeReport(
        String name,
        List<String> environments,
        Figures current,
        Figures previous,
        List<Headline> headlines,
        List<TrendPoint> trend,
        List<DeploymentRow> recentDeployments,
        List<IncidentRow> incidents) {

    public ScopeReport {
        environments = List.copyOf(environments);
        headlines = List.copyOf(headlines);
        trend = List.copyOf(trend);
        recentDeployments = List.copyOf(recentDeployments);
        incidents = List.copyOf(incidents);
    }

    /** The headline of a metric (every scope has one per {@link Metric}). */
    public Headline headline(Metric metric) {
        return headlines.stream().filter(h -> h.metric() == metric).findFirst().orElseThrow();
    }
}
