package io.deliverygates.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Several sorted arrays (one per day) read as one sorted multiset without merging them: the k-th smallest value is
 * found by a binary search over values, counting per run with a binary search. O(runs · log n · log range), so a
 * 90-day quantile costs microseconds however many samples the days hold.
 */
final class SortedRuns implements Percentiles.Ranked {
    private final List<long[]> arrays = new ArrayList<>();
    private final List<int[]> bounds = new ArrayList<>();
    private long size;
    private long skipped;
    private long sum;

    /** Adds the part of a sorted array above {@code floor} (values at or below it are counted as skipped). */
    void add(long[] sorted, int length, long floor) {
        long total = 0;
        for (int i = 0; i < length; i++) {
            total += sorted[i];
        }
        add(sorted, length, floor, total);
    }

    /** Like {@link #add(long[], int, long)}, for an array whose values' sum ({@code total}) is known. */
    void add(long[] sorted, int length, long floor, long total) {
        int start = upperBound(sorted, 0, length, floor);
        skipped += start;
        if (start < length) {
            arrays.add(sorted);
            bounds.add(new int[] {start, length});
            size += length - start;
            sum += total;
            for (int i = 0; i < start; i++) { // the skipped ones, usually none (clock skew)
                sum -= sorted[i];
            }
        }
    }

    long size() {
        return size;
    }

    /** How many values were at or below the floor. */
    long skipped() {
        return skipped;
    }

    DurationStats stats() {
        return Percentiles.stats(size, this);
    }

    /** The values counted per {@link Histogram#BOUNDS}, by a binary search per run and bound. */
    Histogram histogram() {
        List<Long> atMost = new ArrayList<>(Histogram.BOUNDS.size());
        for (Duration bound : Histogram.BOUNDS) {
            atMost.add(size == 0 ? 0 : countAtMost(bound.toMillis()));
        }
        return new Histogram(Histogram.BOUNDS, atMost, size, Duration.ofMillis(sum));
    }

    @Override
    public long smallest(long k) {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (int i = 0; i < arrays.size(); i++) {
            low = Math.min(low, arrays.get(i)[bounds.get(i)[0]]);
            high = Math.max(high, arrays.get(i)[bounds.get(i)[1] - 1]);
        }
        while (low < high) {
            long middle = low + (high - low) / 2;
            if (countAtMost(middle) > k) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** One pass instead of a search: the next value is {@code kth} again, or the least value above it. */
    @Override
    public long following(long k, long kth) {
        if (countAtMost(kth) > k + 1) {
            return kth;
        }
        long next = Long.MAX_VALUE;
        for (int i = 0; i < arrays.size(); i++) {
            int[] range = bounds.get(i);
            int above = upperBound(arrays.get(i), range[0], range[1], kth);
            if (above < range[1]) {
                next = Math.min(next, arrays.get(i)[above]);
            }
        }
        return next;
    }

    private long countAtMost(long value) {
        long count = 0;
        for (int i = 0; i < arrays.size(); i++) {
            int[] range = bounds.get(i);
            count += upperBound(arrays.get(i), range[0], range[1], value) - range[0];
        }
        return count;
    }

    /** First index in [from, to) whose value is greater than {@code value}. */
    private static int upperBound(long[] sorted, int from, int to, long value) {
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
