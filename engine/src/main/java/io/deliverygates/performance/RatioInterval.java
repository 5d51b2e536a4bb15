package io.deliverygates.performance;

import java.io.Serializable;

/**
 * The ratio {@code current / reference} of a benchmark's compared figure with its confidence interval.
 *
 * @param confidence the interval's confidence level, e.g. 0.95
 */
public record RatioInterval(double ratio, double low, double high, double confidence) implements Serializable {
    /** Whether the interval lies entirely on one side of 1: the change is statistically significant. */
    public boolean excludesOne() {
        return low > 1 || high < 1;
    }
}
