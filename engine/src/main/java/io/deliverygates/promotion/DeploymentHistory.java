package io.deliverygates.promotion;

import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers the questions promotion and incident tracking ask of the ledger's events (oldest first). A snapshot:
 * build a new one after appending.
 *
 * <p>A deployment <em>succeeded</em> when its {@code DEPLOYMENT_FINISHED} event says {@link Outcome#SUCCEEDED}
 * and no later {@code HEALTH_CHECKED} with outcome {@link Outcome#FAILED} and no {@code ROLLBACK} names it: a
 * deployment that was found unhealthy or rolled back does not count. An inconclusive health check does not
 * withdraw success.
 */
public final class DeploymentHistory {
    private final List<LedgerEvent> events;
    private final Set<String> withdrawn = new HashSet<>();
    private final Set<String> resolvedIncidents = new HashSet<>();
    /** Deployments a successful {@code ROLLBACK} took out of service. */
    private final Set<String> rolledBack = new HashSet<>();
    /**
     * Deployments that failed: finished FAILED, found unhealthy, rolled back, or named as an incident's cause; by
     * {@link #key}.
     */
    private final Set<String> failed = new HashSet<>();
    /** Per deployment ({@link #key}): the incident it caused or was linked to (its failed health check names it). */
    private final Map<String, String> incidentOf = new HashMap<>();

    public DeploymentHistory(List<LedgerEvent> events) {
        this.events = List.copyOf(events);
        for (LedgerEvent event : this.events) {
            if (event.deploymentId() != null && (event.type() == EventType.ROLLBACK
                    || event.type() == EventType.HEALTH_CHECKED && event.outcome() == Outcome.FAILED)) {
                withdrawn.add(event.deploymentId());
            }
            if (event.type() == EventType.INCIDENT_RESOLVED && event.incidentId() != null) {
                resolvedIncidents.add(event.incidentId());
            }
            noteFailure(event);
        }
    }

    /**
     * A deployment's key: its id, or for a deployment the ledger does not hold (judged by version, recorded without
     * id) its version, so that its verdict, its rollback and its incident still find each other.
     */
    private static String key(String deploymentId, String version) {
        return deploymentId != null ? "id:" + deploymentId : "unrecorded version:" + version;
    }

    private void noteFailure(LedgerEvent event) {
        if (event.type() == EventType.BUILD_FINISHED || event.type() == EventType.DEPLOYMENT_STARTED
                || event.type() == EventType.INCIDENT_RESOLVED) {
            return;
        }
        String id = key(event.deploymentId(), event.version());
        boolean failedHealth = event.type() == EventType.HEALTH_CHECKED && event.outcome() == Outcome.FAILED;
        if (event.type() == EventType.ROLLBACK && event.outcome() == Outcome.SUCCEEDED
                && event.deploymentId() != null) {
            rolledBack.add(event.deploymentId());
        }
        if (failedHealth || event.type() == EventType.ROLLBACK || event.type() == EventType.INCIDENT_OPENED
                || event.type() == EventType.DEPLOYMENT_FINISHED && event.outcome() == Outcome.FAILED) {
            failed.add(id);
        }
        if (event.incidentId() != null && (failedHealth || event.type() == EventType.INCIDENT_OPENED)) {
            incidentOf.put(id, event.incidentId());
        }
    }

    /** The newest finished deployment of {@code version} (any version when null) to {@code environment}. */
    public Optional<LedgerEvent> lastFinished(String environment, String version) {
        return newest(event -> event.type() == EventType.DEPLOYMENT_FINISHED
                && environment.equals(event.environment())
                && (version == null || version.equals(event.version())));
    }

    /**
     * The deployment in service in {@code environment} (of {@code version}, when not null): the newest finished
     * one that no successful {@code ROLLBACK} took out again. After a rollback, that is the deployment rolled back
     * to, not the one rolled back.
     */
    public Optional<LedgerEvent> inService(String environment, String version) {
        return newest(event -> event.type() == EventType.DEPLOYMENT_FINISHED
                && environment.equals(event.environment())
                && (version == null || version.equals(event.version()))
                && !rolledBack.contains(event.deploymentId()));
    }

    /**
     * The deployment that rolling back {@code deploymentId} restores: the newest deployment to the same
     * environment, finished before it in the ledger (any, for a deployment the ledger does not hold), that
     * succeeded (see the class comment).
     */
    public Optional<LedgerEvent> restoredByRollingBack(String environment, String deploymentId) {
        int rolledBackAt = -1;
        for (int i = events.size() - 1; i >= 0 && rolledBackAt < 0; i--) {
            LedgerEvent event = events.get(i);
            if (event.type() == EventType.DEPLOYMENT_FINISHED && Objects.equals(deploymentId, event.deploymentId())) {
                rolledBackAt = i;
            }
        }
        for (int i = (rolledBackAt < 0 ? events.size() : rolledBackAt) - 1; i >= 0; i--) {
            LedgerEvent event = events.get(i);
            if (event.type() == EventType.DEPLOYMENT_FINISHED && environment.equals(event.environment())
                    && !Objects.equals(deploymentId, event.deploymentId()) && succeeded(event)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this deployment failed: it finished FAILED, a health analysis of it failed, it was rolled back or
     * an incident names it as cause. A healthy check of such a deployment restores nothing.
     */
    public boolean failed(String deploymentId, String version) {
        return failed.contains(key(deploymentId, version));
    }

    /**
     * The incident this deployment caused or whose failure it was linked to, if any. A deployment without id is
     * known by its version.
     */
    public Optional<String> incidentOf(String deploymentId, String version) {
        return Optional.ofNullable(incidentOf.get(key(deploymentId, version)));
    }

    /** The newest deployment of {@code version} to {@code environment} that succeeded (see the class comment). */
    public Optional<LedgerEvent> lastSucceeded(String environment, String version) {
        return newest(event -> event.type() == EventType.DEPLOYMENT_FINISHED
                && environment.equals(event.environment()) && version.equals(event.version())
                && succeeded(event));
    }

    /** Whether this finished deployment counts as succeeded (see the class comment). */
    public boolean succeeded(LedgerEvent finished) {
        return finished.outcome() == Outcome.SUCCEEDED && !withdrawn.contains(finished.deploymentId());
    }

    /** The {@code DEPLOYMENT_STARTED} event of a deployment. */
    public Optional<LedgerEvent> started(String deploymentId) {
        return newest(event -> event.type() == EventType.DEPLOYMENT_STARTED
                && Objects.equals(deploymentId, event.deploymentId()));
    }

    /** The incident open in {@code environment} (opened, not yet resolved), the newest if several. */
    public Optional<LedgerEvent> openIncident(String environment) {
        return newest(event -> event.type() == EventType.INCIDENT_OPENED
                && environment.equals(event.environment()) && !resolvedIncidents.contains(event.incidentId()));
    }

    private Optional<LedgerEvent> newest(Predicate<LedgerEvent> filter) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (filter.test(events.get(i))) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }
}
