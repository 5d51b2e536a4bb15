package io.deliverygates.metrics;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.util.Comparator;
import java.util.List;

/**
 * A finished deployment as the metrics see it: its finishing event joined with its starting event (for commits and
 * {@code fixesIncident} when the finishing event lacks them) and with later rollbacks and incidents (the flags).
 */
final class Deployment {
    /** Oldest first: by finishing time, then by position in the ledger. */
    static final Comparator<Deployment> ORDER =
            Comparator.comparingLong((Deployment d) -> d.finishMs).thenComparingLong(d -> d.sequence);

    final LedgerEvent finished;
    final long finishMs;
    final long sequence;
    final List<Commit> commits;
    final String fixesIncident;
    boolean rolledBack;
    boolean causedIncident;
    /** A health analysis of it failed ({@code HEALTH_CHECKED} FAILED), with or without a rollback or new incident. */
    boolean unhealthy;

    Deployment(LedgerEvent finished, long sequence, LedgerEvent started) {
        this.finished = finished;
        this.finishMs = finished.time().toEpochMilli();
        this.sequence = sequence;
        this.commits = !finished.commits().isEmpty() || started == null ? finished.commits() : started.commits();
        this.fixesIncident = finished.fixesIncident() != null || started == null
                ? finished.fixesIncident() : started.fixesIncident();
    }

    /** The id shown for a deployment: its deploymentId, or the finishing event's own id when it has none. */
    static String key(LedgerEvent event) {
        return event.deploymentId() != null ? event.deploymentId() : event.id();
    }

    String environment() {
        return finished.environment();
    }

    /** In the denominator of the rates: it ended, as SUCCEEDED or FAILED. */
    boolean counted() {
        return finished.outcome() == Outcome.SUCCEEDED || finished.outcome() == Outcome.FAILED;
    }

    boolean successful() {
        return finished.outcome() == Outcome.SUCCEEDED;
    }

    boolean failed() {
        return counted() && (finished.outcome() == Outcome.FAILED || rolledBack || causedIncident || unhealthy);
    }

    boolean rework() {
        return counted() && fixesIncident != null;
    }

    DeploymentRow row() {
        return new DeploymentRow(key(finished), finished.environment(), finished.version(), finished.time(),
                finished.outcome(), finished.duration(), rolledBack, causedIncident, unhealthy, fixesIncident, commits.size(),
                finished.build());
    }
}
