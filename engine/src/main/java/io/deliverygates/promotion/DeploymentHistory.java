package io.deliverygates.promotion;

import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.util.HashSet;
import java.util.List;
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
        }
    }

    /** The newest finished deployment of {@code version} (any version when null) to {@code environment}. */
    public Optional<LedgerEvent> lastFinished(String environment, String version) {
        return newest(event -> event.type() == EventType.DEPLOYMENT_FINISHED
                && environment.equals(event.environment())
                && (version == null || version.equals(event.version())));
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
