package io.deliverygates.metrics;

import java.time.Duration;

/**
 * Median and p90 by linear interpolation between closest ranks (numpy's default, Excel's PERCENTILE.INC): for n
 * sorted values x, p-quantile = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1)p, rounded to a millisecond
 * half to even (the median of 2 ms and 3 ms is 2 ms, of 1 ms and 2 ms it is 2 ms: ties do not all go up, so
 * medians of many windows are not biased upwards). Computed in exact integer arithmetic, p in thousandths: no
 * floating-point error decides a tie.
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
        return new DurationStats(count, quantile(count, 500, smallest), quantile(count, 900, smallest));
    }

    /** Stats of an array already sorted ascending. */
    static DurationStats ofSorted(long[] sorted) {
        return stats(sorted.length, k -> sorted[(int) k]);
    }

    /** @param perMille p in thousandths (500 for the median) */
    static Duration quantile(long count, long perMille, Ranked smallest) {
        long scaledRank = (count - 1) * perMille; // h × 1000
        long below = scaledRank / 1000;
        long fraction = scaledRank % 1000; // (h − ⌊h⌋) × 1000
        long low = smallest.smallest(below);
        if (fraction == 0) {
            return Duration.ofMillis(low);
        }
        long high = smallest.following(below, low);
        return Duration.ofMillis(roundHalfEven(low * 1000 + (high - low) * fraction, 1000));
    }

    /** numerator ÷ denominator (denominator > 0, numerator ≥ 0) rounded to the nearest integer, ties to even. */
    static long roundHalfEven(long numerator, long denominator) {
        long quotient = numerator / denominator;
        long twiceRest = 2 * (numerator % denominator);
        if (twiceRest > denominator || twiceRest == denominator && quotient % 2 != 0) {
            quotient++;
        }
        return quotient;
    }
}
