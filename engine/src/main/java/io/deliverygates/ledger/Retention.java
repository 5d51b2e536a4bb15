package io.deliverygates.ledger;

import java.time.Duration;

/**
 * How much history a ledger keeps. Events older than {@code maxAge} go, then the oldest beyond {@code maxEvents}.
 * Whatever the limits, the opening event of an incident that is still open stays (otherwise it could never be
 * resolved), and so do records this version cannot read (newer schema or type): they belong to newer code.
 *
 * @param maxAge    events older than this are removed; null for no age limit
 * @param maxEvents at most this many events are kept; 0 for no count limit
 */
public record Retention(Duration maxAge, int maxEvents) {
    public Retention {
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
        }
        if (maxEvents < 0) {
            throw new IllegalArgumentException("maxEvents must not be negative: " + maxEvents);
        }
    }

    public static Retention byAge(Duration maxAge) {
        return new Retention(maxAge, 0);
    }

    public static Retention byCount(int maxEvents) {
        return new Retention(null, maxEvents);
    }

    /**
     * What retention did.
     *
     * @param kept       events and unreadable-but-valid records kept
     * @param removed    events removed by the limits
     * @param damaged    damaged records dropped (each was reported as a warning by every read before)
     * @param rewritten  whether the file was replaced (a new generation: readers' cursors restart)
     */
    public record Result(int kept, int removed, int damaged, boolean rewritten) {
    }
}
