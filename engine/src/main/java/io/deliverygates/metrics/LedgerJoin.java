package io.deliverygates.metrics;

import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Joins ledger events, in ledger order, into deployments and incidents — the one definition of what the metrics
 * count, shared by the incremental and the naive computation (which differ only in how they aggregate).
 *
 * <ul>
 *   <li>A deployment is its first {@code DEPLOYMENT_FINISHED} event (later ones for the same id are ignored); its
 *       commits and {@code fixesIncident} come from that event, else from its {@code DEPLOYMENT_STARTED} event
 *       recorded before it.</li>
 *   <li>A {@code ROLLBACK} naming a deployment, a {@code HEALTH_CHECKED} with outcome FAILED naming it, or an
 *       {@code INCIDENT_OPENED} naming it as cause, flags it as failed, whether recorded before or after it
 *       finished.</li>
 *   <li>A finishing event without {@code deploymentId} is a deployment of its own, keyed by its event id in a table
 *       of its own: an event id never collides with another deployment's {@code deploymentId}.</li>
 *   <li>An incident is its first {@code INCIDENT_OPENED} event, resolved by the first {@code INCIDENT_RESOLVED} event
 *       with its id (which may be recorded before the opening one).</li>
 * </ul>
 */
final class LedgerJoin {
    private final Listener listener;
    /**
     * Every deployment id seen, starting or finishing, in one table: a finish finds its start there, and no map
     * entry is allocated per start (those were a sixth of the bytes a cold start allocated).
     */
    private IdIndex deploymentIds = new IdIndex(0);
    /** By index in {@link #deploymentIds}: the finished deployment, null while it has not finished. */
    private final ArrayList<Deployment> deployments = new ArrayList<>();
    /** By index in {@link #deploymentIds}: the starting event of a deployment not finished yet, else null. */
    private final ArrayList<LedgerEvent> starts = new ArrayList<>();
    /** Deployments named by a rollback (or as an incident's cause) before they finished: usually none. */
    private final Set<String> rolledBackEarly = new HashSet<>();
    private final Set<String> causedIncidentEarly = new HashSet<>();
    private final Set<String> unhealthyEarly = new HashSet<>();
    /** Event ids of the finishing events without deploymentId seen (each such event is a deployment of its own). */
    private final Set<String> anonymousFinishes = new HashSet<>();
    private final Map<String, Incident> incidents = new HashMap<>();
    private final Map<String, LedgerEvent> earlyResolutions = new HashMap<>();
    private long sequence;

    LedgerJoin(Listener listener) {
        this.listener = listener;
    }

    /**
     * Sizes the deployment table for a ledger of {@code events} events before the first one arrives, so that a cold
     * start does not rehash it again and again as it grows (that growth was ~17 % of the cold cost).
     */
    void expect(int events) {
        if (deployments.isEmpty()) {
            deploymentIds = new IdIndex(expectedIds(events));
            deployments.ensureCapacity(expectedIds(events));
            starts.ensureCapacity(expectedIds(events));
        }
    }

    /**
     * How many deployments (or commits) {@code events} ledger events likely hold: a deployment takes a starting and
     * a finishing event and usually a health check, so about a third of the events in a typical ledger; an unusual
     * one just grows the tables.
     */
    static int expectedIds(int events) {
        return Math.max(16, events / 3);
    }

    void accept(LedgerEvent event) {
        long position = sequence++;
        if (event.type() == EventType.BUILD_FINISHED) {
            if (event.duration() != null) {
                listener.build(event.time().toEpochMilli(), event.duration().toMillis());
            }
            return;
        }
        if (event.environment() != null) {
            listener.environment(event.environment());
        }
        switch (event.type()) {
            case DEPLOYMENT_STARTED:
                if (event.deploymentId() != null) {
                    started(event);
                }
                break;
            case DEPLOYMENT_FINISHED:
                finished(event, position);
                break;
            case ROLLBACK:
                flag(event.deploymentId(), rolledBackEarly, deployment -> deployment.rolledBack,
                        deployment -> deployment.rolledBack = true);
                break;
            case HEALTH_CHECKED:
                if (event.outcome() == Outcome.FAILED) {
                    flag(event.deploymentId(), unhealthyEarly, deployment -> deployment.unhealthy,
                            deployment -> deployment.unhealthy = true);
                }
                break;
            case INCIDENT_OPENED:
                flag(event.deploymentId(), causedIncidentEarly, deployment -> deployment.causedIncident,
                        deployment -> deployment.causedIncident = true);
                opened(event, position);
                break;
            case INCIDENT_RESOLVED:
                resolved(event);
                break;
            default:
                break;
        }
    }

    /** Keeps the first starting event of a deployment until it finishes; one recorded after it finished is unused. */
    private void started(LedgerEvent event) {
        int index = register(event.deploymentId());
        if (deployments.get(index) == null && starts.get(index) == null) {
            starts.set(index, event);
        }
    }

    private void finished(LedgerEvent event, long position) {
        String key = event.deploymentId();
        if (key == null) {
            // nothing can name it (flags and starts name a deploymentId), so it needs no index entry
            if (anonymousFinishes.add(event.id())) {
                listener.deployment(new Deployment(event, position, null));
            }
            return;
        }
        int index = register(key);
        if (deployments.get(index) != null) {
            return; // a later finishing event of a known deployment
        }
        Deployment deployment = new Deployment(event, position, starts.set(index, null));
        deployments.set(index, deployment);
        // a flag recorded after this deployment is set on it directly: only the rare early ones are looked up
        deployment.rolledBack = !rolledBackEarly.isEmpty() && rolledBackEarly.remove(key);
        deployment.causedIncident = !causedIncidentEarly.isEmpty() && causedIncidentEarly.remove(key);
        deployment.unhealthy = !unhealthyEarly.isEmpty() && unhealthyEarly.remove(key);
        listener.deployment(deployment);
    }

    /** The index of a deployment id, with an empty place in both lists when the id is new. */
    private int register(String key) {
        int index = deploymentIds.add(key);
        if (index == deployments.size()) {
            deployments.add(null);
            starts.add(null);
        }
        return index;
    }

    private void flag(String key, Set<String> early, Predicate<Deployment> flagged, Consumer<Deployment> setFlag) {
        if (key == null) {
            return;
        }
        int index = deploymentIds.indexOf(key);
        Deployment deployment = index < 0 ? null : deployments.get(index);
        if (deployment == null) {
            early.add(key);
        } else if (!flagged.test(deployment)) {
            listener.flagChanging(deployment);
            setFlag.accept(deployment);
            listener.flagChanged(deployment);
        }
    }

    private void opened(LedgerEvent event, long position) {
        String key = event.incidentId() != null ? event.incidentId() : event.id();
        if (incidents.containsKey(key)) {
            return;
        }
        Incident incident = new Incident(event, position);
        LedgerEvent early = earlyResolutions.remove(key);
        if (early != null) {
            incident.resolve(early);
        }
        incidents.put(key, incident);
        listener.incidentOpened(incident);
        if (incident.resolved != null) {
            listener.incidentResolved(incident);
        }
    }

    private void resolved(LedgerEvent event) {
        String key = event.incidentId();
        if (key == null) {
            return;
        }
        Incident incident = incidents.get(key);
        if (incident == null) {
            earlyResolutions.putIfAbsent(key, event);
        } else if (incident.resolved == null) {
            incident.resolve(event);
            listener.incidentResolved(incident);
        }
    }

    /** The starting events of the deployments that have not finished (yet), in no order. */
    List<LedgerEvent> unfinished() {
        List<LedgerEvent> unfinished = new ArrayList<>();
        for (LedgerEvent start : starts) {
            if (start != null) {
                unfinished.add(start);
            }
        }
        return unfinished;
    }

    /** Receives the joined facts as they become known. */
    interface Listener {
        void environment(String name);

        void deployment(Deployment deployment);

        /** Called before a rollback or incident flag of a deployment changes ... */
        default void flagChanging(Deployment deployment) {
        }

        /** ... and after. */
        default void flagChanged(Deployment deployment) {
        }

        void incidentOpened(Incident incident);

        /** Called once an opened incident has its resolution. */
        default void incidentResolved(Incident incident) {
        }

        void build(long time, long durationMs);
    }
}
