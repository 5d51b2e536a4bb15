package io.deliverygates.metrics;

import java.util.List;
import java.util.Objects;

/**
 * Which deployments and incidents a scope counts: the production set, or one environment. Incidents without an
 * environment belong to production (an incident is a production failure unless the ledger says otherwise).
 */
record ScopeSpec(String name, List<String> environments, MetricsConfig config, boolean production) {
    static final String PRODUCTION = "production";

    static ScopeSpec production(MetricsConfig config) {
        return new ScopeSpec(PRODUCTION, config.productionEnvironments().stream().sorted().toList(), config, true);
    }

    static ScopeSpec environment(String name, MetricsConfig config) {
        return new ScopeSpec(name, List.of(name), config, false);
    }

    boolean coversDeployment(String environment) {
        return production ? config.isProduction(environment) : Objects.equals(name, environment);
    }

    boolean coversIncident(String environment) {
        return production ? environment == null || config.isProduction(environment)
                : Objects.equals(name, environment);
    }
}
