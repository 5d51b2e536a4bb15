package io.deliverygates.performance;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.Serializable;
import java.util.Objects;

/**
 * The performance gate's settings; every value is checked here, so a bad one fails with the parameter's name.
 *
 * @param threshold the smallest slowdown that counts, e.g. 0.10: a regression is at least 10 % slower
 * @param confidence confidence level of the interval and the test, e.g. 0.95
 * @param method how significance is decided
 * @param resamples bootstrap resamples
 * @param seed seed of the bootstrap's random numbers: the same inputs always give the same verdict
 * @param minSamples fewest samples a benchmark needs in each run to be judged
 * @param regression what a regression does to the build
 * @param missing what a benchmark missing from this run (but in the reference) does to the build
 * @param requireReference fail when there is no reference build to compare with, instead of passing with a note
 * @param maxP95 load tests: the largest acceptable 95th percentile in ms, or null
 * @param maxP99 load tests: the largest acceptable 99th percentile in ms, or null
 * @param maxErrorRate load tests: the largest acceptable share of failed requests in percent, or null
 * @param maxErrorRateIncrease load tests: the largest acceptable rise of the error rate over the reference, in
 *     percentage points, or null
 * @param limits what an exceeded load-test limit does to the build
 */
public record PerfPolicy(double threshold, double confidence, Method method, int resamples, long seed,
                         int minSamples, Criticality regression, MissingPolicy missing, boolean requireReference,
                         Double maxP95, Double maxP99, Double maxErrorRate, Double maxErrorRateIncrease,
                         Criticality limits) implements Serializable {
    public static final double DEFAULT_THRESHOLD = 0.10;
    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final int DEFAULT_RESAMPLES = 2000;
    public static final long DEFAULT_SEED = 20_241_015L;
    public static final int DEFAULT_MIN_SAMPLES = 5;

    /** The defaults: 10 % threshold, 95 % bootstrap interval, regressions and missing benchmarks fail, no limits. */
    public static final PerfPolicy DEFAULTS = new PerfPolicy(DEFAULT_THRESHOLD, DEFAULT_CONFIDENCE, Method.BOOTSTRAP,
            DEFAULT_RESAMPLES, DEFAULT_SEED, DEFAULT_MIN_SAMPLES, Criticality.FAILURE, MissingPolicy.FAILURE, false,
            null, null, null, null, Criticality.FAILURE);

    public PerfPolicy {
        check(threshold > 0 && threshold <= 10, "threshold", threshold, "a fraction above 0, e.g. 0.10 for 10 %");
        check(confidence >= 0.5 && confidence < 1, "confidence", confidence, "between 0.5 and 1, e.g. 0.95");
        check(resamples >= 100 && resamples <= 1_000_000, "resamples", resamples, "between 100 and 1000000");
        check(minSamples >= 2, "minSamples", minSamples, "at least 2");
        check(maxP95 == null || maxP95 > 0, "maxP95", maxP95, "a positive number of milliseconds");
        check(maxP99 == null || maxP99 > 0, "maxP99", maxP99, "a positive number of milliseconds");
        check(maxErrorRate == null || maxErrorRate >= 0 && maxErrorRate <= 100, "maxErrorRate", maxErrorRate,
                "a percentage between 0 and 100");
        check(maxErrorRateIncrease == null || maxErrorRateIncrease >= 0 && maxErrorRateIncrease <= 100,
                "maxErrorRateIncrease", maxErrorRateIncrease, "percentage points between 0 and 100");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(regression, "regression");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(limits, "limits");
    }

    private static void check(boolean valid, String parameter, Object value, String expected) {
        if (!valid) {
            throw new InputException(Problem.INVALID_PARAMETER, parameter, "is " + value + "; expected " + expected);
        }
    }
}
