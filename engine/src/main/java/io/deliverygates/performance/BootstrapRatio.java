package io.deliverygates.performance;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A percentile bootstrap confidence interval of the ratio of two quantiles (medians, or 95th percentiles of load
 * tests), seeded so that the same inputs always give the same interval.
 *
 * <p>The resampling is hierarchical: each resample first draws the groups (JMH forks) with replacement, then the
 * samples within each drawn group. Samples from one JVM share its JIT decisions and memory layout, so they are not
 * independent; resampling only the pooled samples would make the interval far too narrow and flag noise between
 * JVMs as a regression. With one group this is the ordinary bootstrap.
 */
public final class BootstrapRatio {
    private final int resamples;
    private final long seed;

    public BootstrapRatio(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * The ratio {@code quantile(current) / quantile(reference)} of the pooled samples, and its interval.
     *
     * @param quantile e.g. 0.5 for the median
     * @param confidence e.g. 0.95 for the 2.5 % and 97.5 % percentiles of the resampled ratios
     */
    public RatioInterval interval(double[][] current, double[][] reference, double quantile, double confidence) {
        Percentile estimator = Quantiles.estimator();
        double ratio = estimator.evaluate(pool(current), quantile * 100) / estimator.evaluate(pool(reference), quantile * 100);
        SplittableRandom random = new SplittableRandom(seed);
        double[] currentBuffer = new double[count(current)];
        double[] referenceBuffer = new double[count(reference)];
        double[] ratios = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            double numerator = estimator.evaluate(resample(current, currentBuffer, random), quantile * 100);
            double denominator = estimator.evaluate(resample(reference, referenceBuffer, random), quantile * 100);
            ratios[i] = numerator / denominator;
        }
        double tail = (1 - confidence) / 2 * 100;
        estimator.setData(ratios);
        return new RatioInterval(ratio, estimator.evaluate(tail), estimator.evaluate(100 - tail), confidence);
    }

    /** Fills {@code buffer} with one hierarchical resample of the groups and returns it. */
    private static double[] resample(double[][] groups, double[] buffer, SplittableRandom random) {
        // Drawn groups differ in size, so the buffer is filled by drawn group until it is full.
        int filled = 0;
        while (filled < buffer.length) {
            double[] group = groups[random.nextInt(groups.length)];
            int take = Math.min(group.length, buffer.length - filled);
            for (int j = 0; j < take; j++) {
                buffer[filled++] = group[random.nextInt(group.length)];
            }
        }
        return buffer;
    }

    private static int count(double[][] groups) {
        int count = 0;
        for (double[] group : groups) {
            count += group.length;
        }
        return count;
    }

    static double[] pool(double[][] groups) {
        double[] pooled = new double[count(groups)];
        int at = 0;
        for (double[] group : groups) {
            System.arraycopy(group, 0, pooled, at, group.length);
            at += group.length;
        }
        return pooled;
    }
}
