package io.deliverygates.metrics;

/**
 * Whether a headline value meets its objective.
 *
 * @param objective the objective
 * @param actual    the value compared, or null when there was no data
 * @param status    met, not met, or no data
 */
public record ObjectiveResult(Objective objective, Double actual, Status status) {
    /** The verdict; NO_DATA when the window has nothing to measure (e.g. no incidents for time to restore). */
    public enum Status {
        MET,
        NOT_MET,
        NO_DATA
    }
}
