package io.deliverygates.bench;

/** A JaCoCo counter: how many items were missed and how many covered. */
public record Counter(long missed, long covered) {
    /** The counter of an absent element: JaCoCo writes no counter element then. */
    public static final Counter EMPTY = new Counter(0, 0);

    public long total() {
        return missed + covered;
    }

    public Counter plus(Counter other) {
        return new Counter(missed + other.missed, covered + other.covered);
    }
}
