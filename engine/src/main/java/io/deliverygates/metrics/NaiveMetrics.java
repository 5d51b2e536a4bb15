package io.deliverygates.metrics;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.LedgerEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metrics recomputed from scratch: join the whole ledger, then answer each window by scanning every deployment,
 * commit and incident and sorting the samples. The baseline of the benchmarks and the oracle of the incremental
 * engine's tests; same definitions ({@link LedgerJoin}), no aggregates.
 */
public final class NaiveMetrics extends JobFacts<NaiveMetrics.NaiveScope> {
    private final Joined joined;
    private final LedgerJoin join;

    private NaiveMetrics(String job, MetricsConfig config, Joined joined, LedgerJoin join) {
        super(job, new NaiveScope(ScopeSpec.production(config), joined));
        this.joined = joined;
        this.join = join;
        for (String name : joined.environments) {
            environments.put(name, new NaiveScope(ScopeSpec.environment(name, config), joined));
        }
    }

    /** The job's report for the window, computed from the whole ledger. */
    public static JobReport report(String job, Iterable<LedgerEvent> ledger, MetricsConfig config, Window window) {
        Joined joined = new Joined();
        LedgerJoin join = new LedgerJoin(joined);
        for (LedgerEvent event : ledger) {
            join.accept(event);
        }
        return new ReportAssembler(config, window).job(new NaiveMetrics(job, config, joined, join));
    }

    @Override
    List<LedgerEvent> unfinished() {
        return join.unfinished();
    }

    @Override
    DurationStats builds(Window window) {
        return Percentiles.ofSorted(joined.builds.stream().filter(build -> within(window, build[0]))
                .mapToLong(build -> build[1]).sorted().toArray());
    }

    private static boolean within(Window window, long time) {
        return time >= window.from().toEpochMilli() && time < window.to().toEpochMilli();
    }

    /** One scope, answered by scanning. */
    static final class NaiveScope implements ScopeFacts {
        private final ScopeSpec spec;
        private final List<Deployment> deployments;
        private final List<Incident> incidents;
        /** Per commit: [end of its first successful deployment, lead time], both ms. */
        private final Map<String, long[]> leadTimes = new HashMap<>();

        NaiveScope(ScopeSpec spec, Joined joined) {
            this.spec = spec;
            this.deployments = joined.deployments.stream().filter(d -> spec.coversDeployment(d.environment()))
                    .toList();
            this.incidents = joined.incidents.stream().filter(i -> spec.coversIncident(i.opened.environment()))
                    .toList();
            Map<String, Deployment> first = new HashMap<>();
            for (Deployment deployment : deployments) {
                if (!deployment.successful()) {
                    continue;
                }
                for (Commit commit : deployment.commits) {
                    Deployment known = first.get(commit.id());
                    if (known == null || Deployment.ORDER.compare(deployment, known) < 0) {
                        first.put(commit.id(), deployment);
                        leadTimes.put(commit.id(), new long[] {deployment.finishMs,
                            deployment.finishMs - commit.commitTime().toEpochMilli()});
                    }
                }
            }
        }

        @Override
        public ScopeSpec spec() {
            return spec;
        }

        @Override
        public Figures figures(Window window) {
            DeploymentCounts counts = new DeploymentCounts();
            Set<Long> deploymentDays = new HashSet<>();
            for (Deployment deployment : deployments) {
                if (within(window, deployment.finishMs)) {
                    counts.add(deployment, 1);
                    if (deployment.successful()) {
                        deploymentDays.add(Math.floorDiv(deployment.finishMs, DailySamples.DAY_MS));
                    }
                }
            }
            long[] leads = leadTimes.values().stream().filter(lead -> within(window, lead[0]))
                    .mapToLong(lead -> lead[1]).sorted().toArray();
            SortedRuns leadRuns = new SortedRuns();
            leadRuns.add(leads, leads.length, 0);
            long[] restores = incidents.stream()
                    .filter(i -> i.restoreMs() >= 0 && within(window, i.resolvedMs()))
                    .mapToLong(Incident::restoreMs).sorted().toArray();
            SortedRuns restoreRuns = new SortedRuns();
            restoreRuns.add(restores, restores.length, -1);
            return counts.figures(deploymentDays.size(), window, leadRuns, restoreRuns,
                    Incident.countOpen(incidents, window));
        }

        @Override
        public List<DeploymentRow> recentDeployments(Window window, int limit) {
            List<Deployment> inWindow = new ArrayList<>(deployments.stream()
                    .filter(d -> within(window, d.finishMs)).toList());
            inWindow.sort(Deployment.ORDER.reversed());
            return inWindow.stream().limit(limit).map(Deployment::row).toList();
        }

        @Override
        public List<IncidentRow> incidents(Window window, int limit) {
            return Incident.rows(incidents, window, limit);
        }
    }

    /** The joined facts as plain lists; flags are read at query time, so their changes need nothing. */
    private static final class Joined implements LedgerJoin.Listener {
        final Set<String> environments = new HashSet<>();
        final List<Deployment> deployments = new ArrayList<>();
        final List<Incident> incidents = new ArrayList<>();
        final List<long[]> builds = new ArrayList<>();

        @Override
        public void environment(String name) {
            environments.add(name);
        }

        @Override
        public void deployment(Deployment deployment) {
            deployments.add(deployment);
        }

        @Override
        public void incidentOpened(Incident incident) {
            incidents.add(incident);
        }

        @Override
        public void build(long time, long durationMs) {
            builds.add(new long[] {time, durationMs});
        }
    }
}
