package io.deliverygates.common;

/**
 * The outcome of a gate, ordered from best to worst so that results combine with {@link #worse(GateStatus)}.
 * Jenkins adapters map these to {@code Result.SUCCESS}, {@code UNSTABLE} and {@code FAILURE}.
 */
public enum GateStatus {
    PASSED,
    UNSTABLE,
    FAILED;

    /** The worse of the two statuses: a single failing condition decides the whole gate. */
    public GateStatus worse(GateStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public boolean isWorseThan(GateStatus other) {
        return ordinal() > other.ordinal();
    }
}
