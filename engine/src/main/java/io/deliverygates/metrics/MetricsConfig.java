package io.deliverygates.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the metrics count as production and how they are judged.
 *
 * @param productionEnvironments environment names that form the production set (compared ignoring case)
 * @param levels                 performance levels
 * @param objectives             the targets shown with met / not met
 * @param recentRows             how many recent deployments (and resolved incidents) the lists keep
 * @param granularity            trend bucket size, or null to pick it from the window ({@link Granularity#auto})
 */
public record MetricsConfig(
        Set<String> productionEnvironments,
        PerformanceLevels levels,
        List<Objective> objectives,
        int recentRows,
        Granularity granularity) {

    public static final Set<String> DEFAULT_PRODUCTION = Set.of("production", "prod");
    public static final int DEFAULT_RECENT_ROWS = 20;

    public MetricsConfig {
        if (productionEnvironments == null || productionEnvironments.isEmpty()) {
            productionEnvironments = DEFAULT_PRODUCTION;
        }
        productionEnvironments = productionEnvironments.stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(levels, "levels");
        objectives = List.copyOf(objectives);
        if (recentRows < 0) {
            throw new IllegalArgumentException("recentRows must not be negative: " + recentRows);
        }
    }

    /** Production = "production" or "prod"; DORA 2024 levels; the project's KPI objectives; 20 rows; auto buckets. */
    public static MetricsConfig defaults() {
        return new MetricsConfig(DEFAULT_PRODUCTION, PerformanceLevels.dora2024(), Objective.defaults(),
                DEFAULT_RECENT_ROWS, null);
    }

    public MetricsConfig withProductionEnvironments(Set<String> names) {
        return new MetricsConfig(names, levels, objectives, recentRows, granularity);
    }

    public MetricsConfig withGranularity(Granularity value) {
        return new MetricsConfig(productionEnvironments, levels, objectives, recentRows, value);
    }

    public boolean isProduction(String environment) {
        return environment != null && productionEnvironments.contains(environment.toLowerCase(Locale.ROOT));
    }

    /** The bucket size used for a window. */
    public Granularity granularityFor(Window window) {
        return granularity == null ? Granularity.auto(window) : granularity;
    }
}
