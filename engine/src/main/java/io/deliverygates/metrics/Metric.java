package io.deliverygates.metrics;

/** The headline metrics, each with the unit of its {@link Headline#value()}. */
public enum Metric {
    /** Successful production deployments per day. */
    DEPLOYMENT_FREQUENCY("deployments/day", true),
    /** Median lead time for changes, in seconds. */
    LEAD_TIME("seconds", false),
    /** Failed production deployments ÷ production deployments, 0..1. */
    CHANGE_FAILURE_RATE("ratio", false),
    /** Median time to restore (incident opened → resolved), in seconds. */
    TIME_TO_RESTORE("seconds", false),
    /** Unplanned (incident-fixing) production deployments ÷ production deployments, 0..1. */
    REWORK_RATE("ratio", false);

    private final String unit;
    private final boolean higherIsBetter;

    Metric(String unit, boolean higherIsBetter) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
