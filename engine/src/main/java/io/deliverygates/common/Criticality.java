package io.deliverygates.common;

/** What a violated condition does to the build: mark it unstable, or fail it. */
public enum Criticality {
    UNSTABLE(GateStatus.UNSTABLE),
    FAILURE(GateStatus.FAILED);

    private final GateStatus statusWhenViolated;

    Criticality(GateStatus statusWhenViolated) {
        this.statusWhenViolated = statusWhenViolated;
    }

    public GateStatus statusWhenViolated() {
        return statusWhenViolated;
    }
}
