package io.deliverygates.coverage.gate;

/** The outcome of one condition. */
public enum Verdict {
    /** The condition holds. */
    PASSED,
    /** The condition does not hold: the build becomes what the condition's criticality says. */
    VIOLATED,
    /**
     * The report has no data for the metric in the scope (e.g. no INSTRUCTION in a Cobertura report, or a scope
     * glob that matches nothing): passes unless the gate fails on missing metrics.
     */
    NOT_EVALUATED,
    /** A delta condition without a reference build (or without reference data for it): passes, and says so. */
    NO_REFERENCE
}
