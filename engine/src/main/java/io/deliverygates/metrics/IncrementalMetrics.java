package io.deliverygates.metrics;

import io.deliverygates.ledger.LedgerEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics of one job (one ledger), kept up to date event by event: {@link #accept} costs a few map updates,
 * {@link #report} reads per-day aggregates, so neither recomputes the history. Feed the events in ledger order.
 * Not thread-safe; {@link MetricsService} shares one safely.
 */
public final class IncrementalMetrics extends JobFacts<ScopeState> {
    private final MetricsConfig config;
    private final DailySamples builds = new DailySamples();
    private final Map<String, List<ScopeState>> deploymentScopes = new HashMap<>();
    private final Map<String, List<ScopeState>> incidentScopes = new HashMap<>();
    /** Per commit id, its first successful deployment in each scope. */
    private FirstDeployments commits = new FirstDeployments(0);
    /** The commit indexes of the deployment being added, reused (one array per deployment was needless garbage). */
    private int[] commitIndexes = new int[4];
    private final LedgerJoin join = new LedgerJoin(new Updater());
    /** The environment of the last event, and its deployment scopes: events come in runs of one environment. */
    private String lastEnvironment;
    private List<ScopeState> lastDeploymentScopes;
    /** The first environment the production set covers, while it is the only one (it shares their lead times). */
    private ScopeState onlyProductionEnvironment;
    private int productionEnvironments;
    private long events;

    public IncrementalMetrics(String job, MetricsConfig config) {
        super(Objects.requireNonNull(job, "job"), new ScopeState(ScopeSpec.production(config), 0));
        this.config = config;
    }

    public void accept(LedgerEvent event) {
        join.accept(event);
        events++;
    }

    public IncrementalMetrics acceptAll(Iterable<LedgerEvent> ledger) {
        if (events == 0 && ledger instanceof Collection<?> known) {
            expect(known.size());
        }
        for (LedgerEvent event : ledger) {
            accept(event);
        }
        return this;
    }

    /**
     * Sizes the two big tables (deployments, commits) for about {@code events} events before the first one, instead
     * of growing them as they come (rehashing was ~17 % of a cold start); more or fewer events are fine.
     */
    IncrementalMetrics expect(int events) {
        if (this.events == 0) {
            join.expect(events);
            commits = new FirstDeployments(LedgerJoin.expectedIds(events));
        }
        return this;
    }

    /** How many events were accepted. */
    public long events() {
        return events;
    }

    /** The job's report for the window (and its previous window, for comparison). */
    public JobReport report(Window window) {
        return new ReportAssembler(config, window).job(this);
    }

    @Override
    DurationStats builds(Window window) {
        return builds.stats(window);
    }

    @Override
    List<LedgerEvent> unfinished() {
        return join.unfinished();
    }

    /** The scopes a deployment (or an incident) in the environment belongs to; resolved once per name. */
    private List<ScopeState> scopes(String environment, boolean incident) {
        if (environment == null) {
            return incident ? List.of(production) : List.of();
        }
        if (!incident && environment.equals(lastEnvironment)) {
            return lastDeploymentScopes;
        }
        return (incident ? incidentScopes : deploymentScopes).get(environment);
    }

    /** Routes joined facts to the scopes they belong to. */
    private final class Updater implements LedgerJoin.Listener {
        @Override
        public void environment(String name) {
            if (name.equals(lastEnvironment)) {
                return;
            }
            lastDeploymentScopes = deploymentScopes.get(name);
            lastEnvironment = name;
            if (lastDeploymentScopes != null) {
                return;
            }
            ScopeState scope = new ScopeState(ScopeSpec.environment(name, config), environments.size() + 1);
            environments.put(name, scope);
            boolean inProductionSet = production.spec().coversDeployment(name);
            if (inProductionSet) {
                shareWhileOnlyProductionEnvironment(scope);
            }
            deploymentScopes.put(name, inProductionSet ? List.of(production, scope) : List.of(scope));
            incidentScopes.put(name, production.spec().coversIncident(name) ? List.of(production, scope)
                    : List.of(scope));
            lastDeploymentScopes = deploymentScopes.get(name);
        }

        /**
         * The production set's deployments are those of the environments it covers: with one such environment they
         * are the same, and so are the lead times, worked out once for both until a second one appears.
         */
        private void shareWhileOnlyProductionEnvironment(ScopeState scope) {
            productionEnvironments++;
            if (productionEnvironments == 1) {
                scope.shareLeadTimes(production);
                onlyProductionEnvironment = scope;
            } else if (onlyProductionEnvironment != null) {
                onlyProductionEnvironment.ownLeadTimes(commits);
                onlyProductionEnvironment = null;
            }
        }

        @Override
        public void deployment(Deployment deployment) {
            int count = deployment.successful() ? deployment.commits.size() : 0;
            if (count > commitIndexes.length) {
                commitIndexes = new int[count];
            }
            for (int i = 0; i < count; i++) {
                commitIndexes[i] = commits.commit(deployment.commits.get(i).id());
            }
            List<ScopeState> scopes = scopes(deployment.environment(), false);
            for (int i = 0; i < scopes.size(); i++) { // no iterator per deployment
                scopes.get(i).add(deployment, commits, commitIndexes, count);
            }
        }

        @Override
        public void flagChanging(Deployment deployment) {
            scopes(deployment.environment(), false).forEach(scope -> scope.uncount(deployment));
        }

        @Override
        public void flagChanged(Deployment deployment) {
            scopes(deployment.environment(), false).forEach(scope -> scope.count(deployment));
        }

        @Override
        public void incidentOpened(Incident incident) {
            scopes(incident.opened.environment(), true).forEach(scope -> scope.addIncident(incident));
        }

        @Override
        public void incidentResolved(Incident incident) {
            scopes(incident.opened.environment(), true).forEach(scope -> scope.restored(incident));
        }

        @Override
        public void build(long time, long durationMs) {
            builds.add(time, durationMs);
        }
    }
}
