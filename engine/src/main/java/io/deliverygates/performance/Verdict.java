package io.deliverygates.performance;

/** What the gate found for one benchmark or one limit. */
public enum Verdict {
    /** Slower than the reference by more than the threshold, and significantly so. */
    REGRESSION,
    /** Faster than the reference by more than the threshold, and significantly so. */
    IMPROVEMENT,
    /** Within the threshold, or a change that is not significant. */
    UNCHANGED,
    /** In this run, not in the reference: stored for the next build. */
    NEW,
    /** In the reference, not in this run. */
    MISSING,
    /** Too few samples to judge (or none), in this run or the reference. */
    INSUFFICIENT,
    /** Not comparable with the reference: another unit, kind or direction. */
    INCOMPARABLE,
    /** A load-test limit that holds. */
    WITHIN_LIMIT,
    /** A load-test limit that is exceeded, or that cannot be checked because the figure is missing. */
    OVER_LIMIT,
    /** No reference build: nothing was compared. */
    NO_REFERENCE
}
