package io.deliverygates.health;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.EventHistory;
import io.deliverygates.ledger.EventSink;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.DeploymentHistory;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records health verdicts, rollbacks and the incidents they open and close; the CLI and the Jenkins steps both
 * call it, so the ledger means the same whoever wrote it. The incident rule (docs/promotion-and-rollback.md,
 * "Incidents") follows DORA's time to restore, the time until service is restored for users:
 *
 * <ul>
 *   <li>Every verdict: {@code HEALTH_CHECKED} with its outcome, reason and counts.</li>
 *   <li>{@link Outcome#FAILED}: the deployment failed in production. With no incident open in the environment it
 *       opens one ({@code INCIDENT_OPENED}, caused by this deployment); with one open, its {@code HEALTH_CHECKED}
 *       names that incident. Either way the deployment counts as a change failure.</li>
 *   <li>A successful rollback of a deployment linked to the open incident restores service: {@code
 *       INCIDENT_RESOLVED} at the rollback's end, naming the deployment (and version) rolled back to and, in its
 *       attributes, the rollback event.</li>
 *   <li>{@link Outcome#SUCCEEDED}: an open incident is resolved by a healthy deployment that did not fail itself
 *       (a fix, or the version restored by hand). A healthy check of a failed deployment resolves nothing: the
 *       failure it had is not undone by a later good measurement.</li>
 * </ul>
 * {@code INCIDENT_RESOLVED}'s {@code duration} is resolved − opened, the same as its timestamps say.
 */
public final class IncidentBook {
    /** Attribute of {@code INCIDENT_RESOLVED}: the id of the {@code ROLLBACK} event that restored service. */
    public static final String ROLLBACK_ATTRIBUTE = "rollback";
    /** Attribute of {@code INCIDENT_RESOLVED}: the deployment that rollback took out of service. */
    public static final String ROLLED_BACK_ATTRIBUTE = "rolledBack";

    private final EventSink sink;
    private final EventHistory history;
    private final Clock clock;

    public IncidentBook(EventSink sink, EventHistory history, Clock clock) {
        this.sink = sink;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Records the verdict on a deployment and opens, joins or resolves the environment's incident accordingly.
     *
     * @return the incident event written (opened or resolved), if any
     */
    public Optional<LedgerEvent> recordVerdict(DeploymentRef deployment, BuildRef build, Verdict verdict,
            String target) throws IOException {
        return recordVerdict(deployment, build, verdict, target, UUID.randomUUID().toString());
    }

    /**
     * {@link #recordVerdict(DeploymentRef, BuildRef, Verdict, String)} with the {@code HEALTH_CHECKED} event's id
     * chosen by the caller: when the ledger holds an event with that id already, nothing is written (and nothing
     * returned). A caller that keeps the id before it records can so record again after a crash without
     * recording twice.
     */
    public Optional<LedgerEvent> recordVerdict(DeploymentRef deployment, BuildRef build, Verdict verdict,
            String target, String checkedId) throws IOException {
        Instant now = clock.instant();
        List<LedgerEvent> events = history.events();
        if (holds(events, checkedId)) {
            return Optional.empty();
        }
        DeploymentHistory past = new DeploymentHistory(events);
        Optional<LedgerEvent> open = past.openIncident(deployment.environment());
        LedgerEvent incident = null;
        String linkedIncident = null;
        if (verdict.outcome() == Outcome.FAILED) {
            linkedIncident = open.map(LedgerEvent::incidentId).orElse(UUID.randomUUID().toString());
            if (open.isEmpty()) {
                incident = event(EventType.INCIDENT_OPENED, now, deployment, build).incidentId(linkedIncident)
                        .message("health check failed: " + verdict.reason()).build();
            }
        } else if (verdict.outcome() == Outcome.SUCCEEDED && open.isPresent()
                && !past.failed(deployment.deploymentId(), deployment.version())) {
            incident = resolution(open.get(), now, deployment, build)
                    .message("resolved by a healthy deployment").build();
        }
        LedgerEvent checked = event(EventType.HEALTH_CHECKED, now, deployment, build).id(checkedId)
                .outcome(verdict.outcome()).message(verdict.reason()).incidentId(linkedIncident)
                .attributes(Map.of("target", target, "passed", String.valueOf(verdict.passed()),
                        "failed", String.valueOf(verdict.failed()), "errored", String.valueOf(verdict.errored())))
                .build();
        sink.appendAll(incident == null ? List.of(checked) : List.of(checked, incident));
        return Optional.ofNullable(incident);
    }

    /**
     * Records that the rollback of a deployment ran, with its outcome and duration. A successful rollback of a
     * deployment linked to the environment's open incident resolves it (see the class comment).
     */
    public LedgerEvent recordRollback(DeploymentRef deployment, BuildRef build, Outcome outcome, Duration duration,
            String message) throws IOException {
        return recordRollback(deployment, build, outcome, duration, message, UUID.randomUUID().toString());
    }

    /**
     * {@link #recordRollback(DeploymentRef, BuildRef, Outcome, Duration, String)} with the {@code ROLLBACK} event's
     * id chosen by the caller: when the ledger holds an event with that id already, nothing is written and that
     * event is returned (see {@link #recordVerdict(DeploymentRef, BuildRef, Verdict, String, String)}).
     */
    public LedgerEvent recordRollback(DeploymentRef deployment, BuildRef build, Outcome outcome, Duration duration,
            String message, String rollbackId) throws IOException {
        Instant now = clock.instant();
        List<LedgerEvent> events = history.events();
        Optional<LedgerEvent> recorded = events.stream().filter(e -> e.id().equals(rollbackId)).findFirst();
        if (recorded.isPresent()) {
            return recorded.get();
        }
        DeploymentHistory past = new DeploymentHistory(events);
        LedgerEvent rollback = event(EventType.ROLLBACK, now, deployment, build).id(rollbackId)
                .outcome(outcome).duration(duration).message(message).build();
        Optional<LedgerEvent> open = past.openIncident(deployment.environment());
        if (outcome != Outcome.SUCCEEDED || open.isEmpty()
                || !past.incidentOf(deployment.deploymentId(), deployment.version())
                        .equals(Optional.of(open.get().incidentId()))) {
            sink.append(rollback);
            return rollback;
        }
        Optional<LedgerEvent> restored = past.restoredByRollingBack(deployment.environment(),
                deployment.deploymentId());
        DeploymentRef to = new DeploymentRef(deployment.environment(),
                restored.map(LedgerEvent::version).orElse(null), restored.map(LedgerEvent::deploymentId).orElse(null));
        String rolledBack = deployment.deploymentId() != null ? "deployment " + deployment.deploymentId()
                + (deployment.version() == null ? "" : " (version " + deployment.version() + ")")
                : "version " + deployment.version() + " (not recorded as a deployment)";
        Map<String, String> attributes = new java.util.HashMap<>(Map.of(ROLLBACK_ATTRIBUTE, rollback.id()));
        if (deployment.deploymentId() != null) {
            attributes.put(ROLLED_BACK_ATTRIBUTE, deployment.deploymentId());
        }
        LedgerEvent resolved = resolution(open.get(), now, to, build).attributes(attributes)
                .message("resolved by rolling back " + rolledBack + restored.map(back -> " to version "
                        + back.version() + " (deployment " + back.deploymentId() + ")").orElse(""))
                .build();
        sink.appendAll(List.of(rollback, resolved));
        return rollback;
    }

    private static boolean holds(List<LedgerEvent> events, String id) {
        return events.stream().anyMatch(e -> e.id().equals(id));
    }

    private static LedgerEvent.Builder resolution(LedgerEvent opened, Instant now, DeploymentRef by,
            BuildRef build) {
        return event(EventType.INCIDENT_RESOLVED, now, by, build).incidentId(opened.incidentId())
                .duration(Duration.between(opened.time(), now));
    }

    private static LedgerEvent.Builder event(EventType type, Instant time, DeploymentRef deployment,
            BuildRef build) {
        return LedgerEvent.builder(type, time).environment(deployment.environment()).version(deployment.version())
                .deploymentId(deployment.deploymentId()).build(build);
    }
}
