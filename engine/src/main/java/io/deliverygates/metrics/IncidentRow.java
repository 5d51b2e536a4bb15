package io.deliverygates.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * An incident, as listed on dashboards.
 *
 * @param incidentId    its id
 * @param environment   where it happened (null when the ledger does not say)
 * @param opened        when it was opened
 * @param resolved      when it was resolved, or null while it is open (at the window's end)
 * @param causedBy      the deployment that caused it, or null
 * @param resolvedBy    the deployment named by the resolving event, or null
 * @param timeToRestore resolved − opened, or null while open
 * @param message       the opening event's message, or null
 */
public record IncidentRow(
        String incidentId,
        String environment,
        Instant opened,
        Instant resolved,
        String causedBy,
        String resolvedBy,
        Duration timeToRestore,
        String message) {

    public boolean open() {
        return resolved == null;
    }
}
