package io.deliverygates.performance;

/** How the gate decides that a change is statistically significant. */
public enum Method {
    /** The bootstrap interval of the ratio (hierarchical over forks) lies entirely above or below 1. */
    BOOTSTRAP,
    /** The two-sided Mann-Whitney U test on the pooled samples rejects "same distribution" at 1 - confidence. */
    MANN_WHITNEY,
    /** Both of the above agree. */
    BOTH
}
