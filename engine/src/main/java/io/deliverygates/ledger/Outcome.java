package io.deliverygates.ledger;

/** How a deployment, health analysis, rollback or build ended. */
public enum Outcome {
    SUCCEEDED,
    FAILED,
    /** Stopped by a person or a timeout before it ended. */
    ABORTED,
    /** A health analysis that could not decide (too many errors, not enough measurements). */
    INCONCLUSIVE
}
