package io.deliverygates.metrics;

/**
 * The UTC days that a window [from, to) touches, clamped to the days that hold data (so a window reaching back
 * years does not walk empty days), and whether each lies wholly inside the window.
 */
final class DayRange {
    private final long from;
    private final long to;
    final long first;
    final long last;

    private DayRange(long from, long to, long first, long last) {
        this.from = from;
        this.to = to;
        this.first = first;
        this.last = last;
    }

    /** The days of [from, to) between the first and the last day with data (an empty range when none). */
    static DayRange of(long from, long to, long firstWithData, long lastWithData) {
        return new DayRange(from, to, Math.max(Math.floorDiv(from, DailySamples.DAY_MS), firstWithData),
                Math.min(Math.floorDiv(to - 1, DailySamples.DAY_MS), lastWithData));
    }

    boolean whole(long day) {
        long start = day * DailySamples.DAY_MS;
        return start >= from && start + DailySamples.DAY_MS <= to;
    }

    boolean contains(long time) {
        return time >= from && time < to;
    }

    /** Calls the visitor for each day, oldest first. */
    void forEach(DayVisitor visitor) {
        for (long day = first; day <= last; day++) {
            visitor.visit(day, whole(day));
        }
    }

    /** Receives one day of a range. */
    @FunctionalInterface
    interface DayVisitor {
        void visit(long day, boolean whole);
    }
}
