package io.deliverygates.metrics;

import java.time.Duration;

/**
 * Median and p90 by linear interpolation between closest ranks (numpy's default, Excel's PERCENTILE.INC): for n
 * sorted values x, p-quantile = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1)p, rounded to a millisecond.
 */
final class Percentiles {
    private Percentiles() {
    }

    /** Values that can be read by rank. */
    interface Ranked {
        /** The k-th smallest value, 0-based. */
        long smallest(long k);

        /** The (k+1)-th smallest value, given that the k-th is {@code kth}; override when that is cheaper. */
        default long following(long k, long kth) {
            return smallest(k + 1);
        }
    }

    /**
     * @param count    how many values there are
     * @param smallest the values, in milliseconds
     */
    static DurationStats stats(long count, Ranked smallest) {
        if (count == 0) {
            return DurationStats.EMPTY;
        }
        return new DurationStats(count, quantile(count, 0.5, smallest), quantile(count, 0.9, smallest));
    }

    /** Stats of an array already sorted ascending. */
    static DurationStats ofSorted(long[] sorted) {
        return stats(sorted.length, k -> sorted[(int) k]);
    }

    private static Duration quantile(long count, double p, Ranked smallest) {
        double h = (count - 1) * p;
        long below = (long) Math.floor(h);
        double fraction = h - below;
        long low = smallest.smallest(below);
        if (fraction == 0) {
            return Duration.ofMillis(low);
        }
        long high = smallest.following(below, low);
        return Duration.ofMillis(Math.round(low + fraction * (high - low)));
    }
}
