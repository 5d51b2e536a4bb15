package io.deliverygates.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental state of one scope: deployments and their counts per UTC day, lead times and restore times as
 * daily samples, and the first successful deployment of each commit. Adding a deployment touches one day; a query
 * sums whole days and filters only the window's edge days.
 */
final class ScopeState implements ScopeFacts {
    private final ScopeSpec spec;
    /** This scope's index in each commit's {@link FirstDeployments}, when it has lead times of its own. */
    private final int slot;
    private final Map<Long, DeploymentDay> days = new HashMap<>();
    private LeadTimes leadTimes;
    private final DailySamples restores = new DailySamples();
    private final List<Incident> incidents = new ArrayList<>();
    private final WindowCache<Figures> cache = new WindowCache<>();
    private final Map<RowsKey, List<IncidentRow>> incidentRows = new HashMap<>();
    /** The day last added to (ledgers are mostly in time order). */
    private long lastDay = Long.MIN_VALUE;
    private DeploymentDay last;
    private long firstWithData = Long.MAX_VALUE;
    private long lastWithData = Long.MIN_VALUE;

    ScopeState(ScopeSpec spec, int slot) {
        this.spec = spec;
        this.slot = slot;
        this.leadTimes = new LeadTimes(slot).usedBy(this);
    }

    /** Reads the lead times of {@code scope}, which holds the same deployments, instead of working them out again. */
    void shareLeadTimes(ScopeState scope) {
        leadTimes = scope.leadTimes.usedBy(this);
    }

    /** Stops sharing: from now on this scope's deployments differ from the other's. */
    void ownLeadTimes(FirstDeployments firsts) {
        leadTimes = leadTimes.copy(slot, firsts, this);
    }

    @Override
    public ScopeSpec spec() {
        return spec;
    }

    /** Adds a deployment; the first {@code count} {@code commitIndexes} are its commits' (none unless successful). */
    void add(Deployment deployment, FirstDeployments firsts, int[] commitIndexes, int count) {
        long day = day(deployment);
        cache.changed(day);
        if (day != lastDay) {
            int expected = last == null ? 10 : last.size(); // days hold similar numbers of deployments
            last = days.computeIfAbsent(day, index -> new DeploymentDay(expected));
            lastDay = day;
            firstWithData = Math.min(firstWithData, day);
            lastWithData = Math.max(lastWithData, day);
        }
        last.add(deployment);
        leadTimes.add(deployment, firsts, commitIndexes, count);
    }

    /** A deployment's day changed (its lead times moved): figures holding that day are computed again. */
    void changed(Deployment deployment) {
        cache.changed(day(deployment));
    }

    void uncount(Deployment deployment) {
        cache.changed(day(deployment));
        days.get(day(deployment)).counts.add(deployment, -1);
    }

    void count(Deployment deployment) {
        days.get(day(deployment)).counts.add(deployment, 1);
    }

    void addIncident(Incident incident) {
        cache.changedEverywhere();
        incidentRows.clear();
        incidents.add(incident);
    }

    void restored(Incident incident) {
        cache.changedEverywhere();
        incidentRows.clear();
        long ms = incident.restoreMs();
        if (ms >= 0) {
            restores.add(incident.resolvedMs(), ms);
        }
    }

    @Override
    public Figures figures(Window window) {
        DayRange range = range(window);
        return cache.get(window, range, () -> compute(window, range));
    }

    private Figures compute(Window window, DayRange range) {
        DeploymentCounts total = new DeploymentCounts();
        long[] deploymentDays = new long[1];
        range.forEach((day, whole) -> {
            DeploymentDay deployments = days.get(day);
            if (deployments == null) {
                return;
            }
            DeploymentCounts counts = whole ? deployments.counts : deployments.countsWithin(range);
            total.add(counts);
            if (counts.successful > 0) {
                deploymentDays[0]++;
            }
        });
        return total.figures(deploymentDays[0], window, leadTimes.samples().runs(window, 0), restores.runs(window, -1),
                Incident.countOpen(incidents, window));
    }

    @Override
    public List<DeploymentRow> recentDeployments(Window window, int limit) {
        DayRange range = range(window);
        List<DeploymentRow> rows = new ArrayList<>();
        for (long day = range.last; day >= range.first && rows.size() < limit; day--) {
            DeploymentDay deployments = days.get(day);
            if (deployments == null) {
                continue;
            }
            List<Deployment> sorted = deployments.sorted();
            for (int i = sorted.size() - 1; i >= 0 && rows.size() < limit; i--) {
                if (range.contains(sorted.get(i).finishMs)) {
                    rows.add(sorted.get(i).row());
                }
            }
        }
        return rows;
    }

    @Override
    public List<IncidentRow> incidents(Window window, int limit) {
        if (incidentRows.size() > 64) {
            incidentRows.clear();
        }
        // rows depend on the incidents only, so they stay valid until one changes
        return incidentRows.computeIfAbsent(new RowsKey(window, limit),
                key -> Incident.rows(incidents, window, limit));
    }

    private DayRange range(Window window) {
        return DayRange.of(window.from().toEpochMilli(), window.to().toEpochMilli(), firstWithData, lastWithData);
    }

    private static long day(Deployment deployment) {
        return Math.floorDiv(deployment.finishMs, DailySamples.DAY_MS);
    }

    /** The deployments that finished on one day, with their counts kept current. */
    private static final class DeploymentDay {
        final DeploymentCounts counts = new DeploymentCounts();
        private final ArrayList<Deployment> deployments;
        private boolean sorted = true;

        DeploymentDay(int capacity) {
            deployments = new ArrayList<>(Math.max(10, capacity));
        }

        int size() {
            return deployments.size();
        }

        void add(Deployment deployment) {
            if (!deployments.isEmpty() && Deployment.ORDER.compare(deployments.get(deployments.size() - 1),
                    deployment) > 0) {
                sorted = false;
            }
            deployments.add(deployment);
            counts.add(deployment, 1);
        }

        List<Deployment> sorted() {
            if (!sorted) {
                deployments.sort(Deployment.ORDER);
                sorted = true;
            }
            return deployments;
        }

        DeploymentCounts countsWithin(DayRange range) {
            DeploymentCounts within = new DeploymentCounts();
            for (Deployment deployment : deployments) {
                if (range.contains(deployment.finishMs)) {
                    within.add(deployment, 1);
                }
            }
            return within;
        }
    }

    private record RowsKey(Window window, int limit) {
    }
}
