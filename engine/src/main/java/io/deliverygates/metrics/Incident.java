package io.deliverygates.metrics;

import io.deliverygates.ledger.LedgerEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** An incident: its first opening event and, once recorded, its first resolving event. */
final class Incident {
    final LedgerEvent opened;
    final long sequence;
    private final long openedMs;
    LedgerEvent resolved;
    private long resolvedMs;

    Incident(LedgerEvent opened, long sequence) {
        this.opened = opened;
        this.sequence = sequence;
        this.openedMs = opened.time().toEpochMilli();
    }

    void resolve(LedgerEvent event) {
        resolved = event;
        resolvedMs = event.time().toEpochMilli();
    }

    long openedMs() {
        return openedMs;
    }

    long resolvedMs() {
        return resolvedMs;
    }

    /** Time to restore in ms, or -1 while unresolved or when resolved before opened (not counted). */
    long restoreMs() {
        if (resolved == null) {
            return -1;
        }
        long ms = resolvedMs() - openedMs();
        return ms >= 0 ? ms : -1;
    }

    boolean openAt(long ms) {
        return openedMs < ms && (resolved == null || resolvedMs >= ms);
    }

    IncidentRow row(boolean openAtEnd) {
        if (openAtEnd) {
            return new IncidentRow(opened.incidentId(), opened.environment(), opened.time(), null,
                    opened.deploymentId(), null, null, opened.message());
        }
        return new IncidentRow(opened.incidentId(), opened.environment(), opened.time(), resolved.time(),
                opened.deploymentId(), resolved.deploymentId(), Duration.between(opened.time(), resolved.time()),
                opened.message());
    }

    static long countOpen(Collection<Incident> incidents, Window window) {
        long end = window.to().toEpochMilli();
        long open = 0;
        for (Incident incident : incidents) {
            if (incident.openAt(end)) {
                open++;
            }
        }
        return open;
    }

    /** Open at the window's end, oldest first; then resolved in the window, newest first, at most {@code limit}. */
    static List<IncidentRow> rows(Collection<Incident> incidents, Window window, int limit) {
        long from = window.from().toEpochMilli();
        long end = window.to().toEpochMilli();
        List<IncidentRow> rows = new ArrayList<>();
        incidents.stream().filter(incident -> incident.openAt(end))
                .sorted(Comparator.comparingLong(Incident::openedMs).thenComparingLong(i -> i.sequence))
                .forEach(incident -> rows.add(incident.row(true)));
        incidents.stream()
                .filter(incident -> incident.resolved != null && incident.resolvedMs() >= from
                        && incident.resolvedMs() < end)
                .sorted(Comparator.comparingLong(Incident::resolvedMs).thenComparingLong(i -> i.sequence).reversed())
                .limit(limit)
                .forEach(incident -> rows.add(incident.row(false)));
        return rows;
    }
}
