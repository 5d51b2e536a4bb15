package io.deliverygates.metrics;

import io.deliverygates.common.InputException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A half-open time range [from, to) over which the metrics are computed. Days are UTC days.
 *
 * @param from first instant inside the window
 * @param to   first instant after the window
 */
public record Window(Instant from, Instant to) {
    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "window",
                    "the window must end after it starts: from " + from + ", to " + to);
        }
    }

    /**
     * The last {@code days} whole UTC days, today included: [start of today − (days − 1) days, start of tomorrow).
     * Whole days keep trend buckets on midnight and let the incremental engine use its per-day aggregates.
     */
    public static Window lastDays(int days, Instant now) {
        if (days < 1) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "window",
                    "a window needs at least one day, not " + days);
        }
        Instant tomorrow = now.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        return new Window(tomorrow.minus(days, ChronoUnit.DAYS), tomorrow);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The window's length in days (fractional for windows that are not whole days). */
    public double days() {
        return length().toMillis() / 86_400_000.0;
    }

    /** The window of the same length just before this one, for comparison. */
    public Window previous() {
        return new Window(from.minus(length()), from);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /** Consecutive buckets of the given size from {@code from}; the last one ends at {@code to} (may be shorter). */
    public List<Window> buckets(Granularity granularity) {
        List<Window> buckets = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(granularity.length())) {
            Instant end = start.plus(granularity.length());
            buckets.add(new Window(start, end.isAfter(to) ? to : end));
        }
        return buckets;
    }
}
