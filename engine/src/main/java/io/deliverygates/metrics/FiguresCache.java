package io.deliverygates.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers the figures of recent windows and reuses them while no day inside them changed: after a new event only
 * the windows and trend buckets holding its day are computed again (the previous window and the older buckets are
 * not). A change to an incident can move figures of any later window (open incidents), so it invalidates all.
 */
final class FiguresCache {
    /** Enough for the windows, previous windows and buckets of a few dashboards; cleared when full. */
    private static final int CAPACITY = 512;

    private final Map<Long, Long> dayVersions = new HashMap<>();
    private final Map<Window, Entry> entries = new HashMap<>();
    private long version;
    private long everywhere;

    void changed(long day) {
        dayVersions.put(day, ++version);
    }

    void changedEverywhere() {
        everywhere = ++version;
    }

    Figures get(Window window, DayRange range, Supplier<Figures> compute) {
        Entry entry = entries.get(window);
        if (entry != null && unchangedSince(entry.version, range)) {
            return entry.figures;
        }
        Figures figures = compute.get();
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(window, new Entry(version, figures));
        return figures;
    }

    private boolean unchangedSince(long computed, DayRange range) {
        if (everywhere > computed) {
            return false;
        }
        for (long day = range.first; day <= range.last; day++) {
            Long changed = dayVersions.get(day);
            if (changed != null && changed > computed) {
                return false;
            }
        }
        return true;
    }

    private record Entry(long version, Figures figures) {
    }
}
