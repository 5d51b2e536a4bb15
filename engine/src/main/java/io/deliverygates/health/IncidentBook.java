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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records health verdicts, rollbacks and the incidents they open and close; the CLI and the Jenkins steps both
 * call it, so the ledger means the same whoever wrote it.
 *
 * <ul>
 *   <li>Every verdict: {@code HEALTH_CHECKED} with its outcome, reason and counts.</li>
 *   <li>{@link Outcome#FAILED}: the deployment no longer counts as succeeded; unless an incident is already open
 *       in the environment, {@code INCIDENT_OPENED} (caused by this deployment).</li>
 *   <li>{@link Outcome#SUCCEEDED}: an incident open in the environment is closed with {@code INCIDENT_RESOLVED}
 *       (fixed by this deployment; its duration is the time to restore).</li>
 *   <li>After the rollback action: {@code ROLLBACK} with whether it worked and how long it took.</li>
 * </ul>
 */
public final class IncidentBook {
    private final EventSink sink;
    private final EventHistory history;
    private final Clock clock;

    public IncidentBook(EventSink sink, EventHistory history, Clock clock) {
        this.sink = sink;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Records the verdict on a deployment and opens or resolves the environment's incident accordingly.
     *
     * @return the incident event written (opened or resolved), if any
     */
    public Optional<LedgerEvent> recordVerdict(DeploymentRef deployment, BuildRef build, Verdict verdict,
            String target) throws IOException {
        Instant now = clock.instant();
        Optional<LedgerEvent> open = new DeploymentHistory(history.events()).openIncident(deployment.environment());
        sink.append(event(EventType.HEALTH_CHECKED, now, deployment, build)
                .outcome(verdict.outcome()).message(verdict.reason())
                .attributes(Map.of("target", target, "passed", String.valueOf(verdict.passed()),
                        "failed", String.valueOf(verdict.failed()), "errored", String.valueOf(verdict.errored())))
                .build());
        LedgerEvent incident = null;
        if (verdict.outcome() == Outcome.FAILED && open.isEmpty()) {
            incident = event(EventType.INCIDENT_OPENED, now, deployment, build)
                    .incidentId(UUID.randomUUID().toString())
                    .message("health check failed: " + verdict.reason()).build();
        } else if (verdict.outcome() == Outcome.SUCCEEDED && open.isPresent()) {
            incident = event(EventType.INCIDENT_RESOLVED, now, deployment, build)
                    .incidentId(open.get().incidentId())
                    .duration(Duration.between(open.get().time(), now))
                    .message("resolved by a healthy deployment").build();
        }
        if (incident != null) {
            sink.append(incident);
        }
        return Optional.ofNullable(incident);
    }

    /** Records that the rollback of a deployment ran, with its outcome and duration. */
    public LedgerEvent recordRollback(DeploymentRef deployment, BuildRef build, Outcome outcome, Duration duration,
            String message) throws IOException {
        LedgerEvent rollback = event(EventType.ROLLBACK, clock.instant(), deployment, build)
                .outcome(outcome).duration(duration).message(message).build();
        sink.append(rollback);
        return rollback;
    }

    private static LedgerEvent.Builder event(EventType type, Instant time, DeploymentRef deployment,
            BuildRef build) {
        return LedgerEvent.builder(type, time).environment(deployment.environment()).version(deployment.version())
                .deploymentId(deployment.deploymentId()).build(build);
    }
}
