package io.deliverygates.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bootstrap on data with known answers. */
class BootstrapRatioTest {
    private static double[][] forks(long seed, double scale, double... forkOffsets) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] groups = new double[forkOffsets.length][10];
        for (int f = 0; f < forkOffsets.length; f++) {
            for (int i = 0; i < 10; i++) {
                groups[f][i] = scale * (100 + forkOffsets[f] + random.nextGaussian());
            }
        }
        return groups;
    }

    @Test
    void aShiftOfFiftyPercentIsOutsideTheInterval() {
        RatioInterval interval = new BootstrapRatio(2000, 1).interval(forks(1, 1.5, 0, 0, 0), forks(2, 1, 0, 0, 0),
                0.5, 0.95);

        assertThat(interval.ratio()).isBetween(1.45, 1.55);
        assertThat(interval.low()).isGreaterThan(1.4);
        assertThat(interval.excludesOne()).isTrue();
    }

    @Test
    void forksThatDifferWidenTheIntervalSoThatNoiseBetweenJvmsIsNotARegression() {
        // the same code: each JVM lands 0..12 % off, as JIT and layout decide; within a JVM the noise is 1 %
        double[][] current = forks(3, 1, 12, 0, 10, 2);
        double[][] reference = forks(4, 1, 0, 1, 2, 0);
        double[][] pooledCurrent = {BootstrapRatio.pool(current)};
        double[][] pooledReference = {BootstrapRatio.pool(reference)};

        RatioInterval hierarchical = new BootstrapRatio(2000, 1).interval(current, reference, 0.5, 0.95);
        RatioInterval naive = new BootstrapRatio(2000, 1).interval(pooledCurrent, pooledReference, 0.5, 0.95);

        assertThat(naive.excludesOne()).isTrue();
        assertThat(hierarchical.excludesOne()).isFalse();
        assertThat(hierarchical.high() - hierarchical.low()).isGreaterThan(naive.high() - naive.low());
    }
}
