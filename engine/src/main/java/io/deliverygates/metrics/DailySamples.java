package io.deliverygates.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Timed samples (e.g. lead times stamped with their deployment's end) kept per UTC day, each day sorted lazily, so
 * that a window's quantiles read whole days as they are and filter only the two edge days.
 */
final class DailySamples {
    static final long DAY_MS = 86_400_000L;

    private final Map<Long, Day> days = new HashMap<>();
    /** The day last added to: ledgers are mostly in time order, so this saves most map look-ups. */
    private long lastIndex = Long.MIN_VALUE;
    private Day last;
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;
    private final WindowCache<DurationStats> cache = new WindowCache<>();

    void add(long time, long value) {
        long index = Math.floorDiv(time, DAY_MS);
        if (index != lastIndex) {
            // days hold similar numbers of samples: start the next one at the size of the last one, not 8 doubling
            int expected = last == null ? 8 : Math.max(8, last.size);
            last = days.computeIfAbsent(index, day -> new Day(expected));
            lastIndex = index;
            firstDay = Math.min(firstDay, index);
            lastDay = Math.max(lastDay, index);
        }
        cache.changed(index);
        last.add(time, value);
    }

    /** A deep copy, with an empty cache. */
    DailySamples copy() {
        DailySamples copy = new DailySamples();
        days.forEach((index, day) -> copy.days.put(index, day.copy()));
        copy.firstDay = firstDay;
        copy.lastDay = lastDay;
        return copy;
    }

    void remove(long time, long value) {
        Day day = days.get(Math.floorDiv(time, DAY_MS));
        if (day != null) {
            cache.changed(Math.floorDiv(time, DAY_MS));
            day.remove(time, value);
        }
    }

    /** Count, median and p90 of all samples stamped in the window, kept until a day of the window changes. */
    DurationStats stats(Window window) {
        DayRange range = range(window);
        return cache.get(window, range, () -> runs(window, -1).stats());
    }

    private DayRange range(Window window) {
        return DayRange.of(window.from().toEpochMilli(), window.to().toEpochMilli(), firstDay, lastDay);
    }

    /** The samples stamped in the window, values at or below {@code floor} counted as skipped. */
    SortedRuns runs(Window window, long floor) {
        long from = window.from().toEpochMilli();
        long to = window.to().toEpochMilli();
        SortedRuns runs = new SortedRuns();
        range(window).forEach((dayIndex, whole) -> {
            Day day = days.get(dayIndex);
            if (day == null) {
                return;
            }
            if (whole) {
                runs.add(day.sorted(), day.size, floor, day.sum);
            } else {
                long[] part = day.between(from, to);
                runs.add(part, part.length, floor);
            }
        });
        return runs;
    }

    /** One day's samples, in arrival order, with a sorted copy of the values made when asked for. */
    private static final class Day {
        private long[] times;
        private long[] values;
        private int size;
        private long sum;
        private long[] sorted;

        Day(int capacity) {
            times = new long[capacity];
            values = new long[capacity];
        }

        Day copy() {
            Day copy = new Day(0);
            copy.times = Arrays.copyOf(times, times.length);
            copy.values = Arrays.copyOf(values, values.length);
            copy.size = size;
            copy.sum = sum;
            copy.sorted = sorted; // replaced on change, never changed in place
            return copy;
        }

        void add(long time, long value) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = time;
            values[size] = value;
            size++;
            sum += value;
            sorted = null;
        }

        void remove(long time, long value) {
            for (int i = 0; i < size; i++) {
                if (times[i] == time && values[i] == value) {
                    sum -= value;
                    size--;
                    times[i] = times[size];
                    values[i] = values[size];
                    sorted = null;
                    return;
                }
            }
        }

        long[] sorted() {
            if (sorted == null) {
                sorted = Arrays.copyOf(values, size);
                LongRadixSort.sort(sorted);
            }
            return sorted;
        }

        long[] between(long from, long to) {
            long[] part = new long[size];
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (times[i] >= from && times[i] < to) {
                    part[count++] = values[i];
                }
            }
            part = Arrays.copyOf(part, count);
            LongRadixSort.sort(part);
            return part;
        }
    }
}
