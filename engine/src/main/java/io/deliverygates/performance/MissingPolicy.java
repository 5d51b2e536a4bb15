package io.deliverygates.performance;

import io.deliverygates.common.GateStatus;

/** What a benchmark that the reference build has and this build lacks does to the gate. */
public enum MissingPolicy {
    FAILURE(GateStatus.FAILED),
    UNSTABLE(GateStatus.UNSTABLE),
    /** Reported, but the gate passes: for benchmarks removed on purpose. */
    IGNORE(GateStatus.PASSED);

    private final GateStatus status;

    MissingPolicy(GateStatus status) {
        this.status = status;
    }

    public GateStatus status() {
        return status;
    }
}
