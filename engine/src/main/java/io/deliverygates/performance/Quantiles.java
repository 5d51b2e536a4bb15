package io.deliverygates.performance;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Quantiles with linear interpolation between order statistics (Hyndman and Fan's R-7, the default of R, NumPy and
 * spreadsheets), so the gate's medians and percentiles match what a person computes from the same samples.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** A new estimator; not thread-safe, so each caller keeps its own. */
    public static Percentile estimator() {
        return new Percentile().withEstimationType(EstimationType.R_7);
    }

    /** The {@code q}-quantile (0 < q <= 1) of the values; NaN when there are none. */
    public static double of(double[] values, double q) {
        return values.length == 0 ? Double.NaN : estimator().evaluate(values, q * 100);
    }
}
