package io.deliverygates.performance;

/** Which way a benchmark's figure gets better: times go down, throughputs go up. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /**
     * The slowdown a ratio {@code current / reference} of this figure means: above 1 is slower, below 1 faster.
     * For a throughput the ratio is inverted, so that one threshold reads the same for times and throughputs.
     */
    public double slowdown(double ratio) {
        return this == LOWER_IS_BETTER ? ratio : 1 / ratio;
    }
}
