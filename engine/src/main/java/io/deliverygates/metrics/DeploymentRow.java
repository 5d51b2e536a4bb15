package io.deliverygates.metrics;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Outcome;
import java.time.Duration;
import java.time.Instant;

/**
 * A finished deployment, as listed on dashboards.
 *
 * @param deploymentId   its id
 * @param environment    where it went
 * @param version        what it deployed
 * @param finished       when it finished
 * @param outcome        how it finished (null when the ledger does not say)
 * @param duration       how long it took, or null
 * @param rolledBack     whether a rollback of it was recorded
 * @param causedIncident whether an incident names it as its cause
 * @param unhealthy      whether a health analysis of it failed
 * @param fixesIncident  the incident it was made to fix, or null for a planned deployment
 * @param commits        how many commits it brought
 * @param build          the build that recorded it, or null
 */
public record DeploymentRow(
        String deploymentId,
        String environment,
        String version,
        Instant finished,
        Outcome outcome,
        Duration duration,
        boolean rolledBack,
        boolean causedIncident,
        boolean unhealthy,
        String fixesIncident,
        int commits,
        BuildRef build) {

    /** Whether it counts as failed in the change failure rate. */
    public boolean failed() {
        return outcome == Outcome.FAILED || rolledBack || causedIncident || unhealthy;
    }
}
