package io.deliverygates.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers the figures (or stats) of recent windows and reuses them while no day inside them changed: after a new event only
 * the windows and trend buckets holding its day are computed again (the previous window and the older buckets are
 * not). A change to an incident can move figures of any later window (open incidents), so it invalidates all.
 */
final class WindowCache<T> {
    /** Enough for the windows, previous windows and buckets of a few dashboards; cleared when full. */
    private static final int CAPACITY = 512;

    private final Map<Long, Long> dayVersions = new HashMap<>();
    private final Map<Window, Entry<T>> entries = new HashMap<>();
    private long version;
    private long everywhere;
    private long lastChangedDay = Long.MIN_VALUE;
    private long lastChangedVersion;
    private long lastReadVersion;

    void changed(long day) {
        if (day == lastChangedDay && lastChangedVersion > lastReadVersion) {
            return; // already newer than every entry (events mostly come day by day: saves a map update each)
        }
        lastChangedDay = day;
        lastChangedVersion = ++version;
        dayVersions.put(day, lastChangedVersion);
    }

    void changedEverywhere() {
        everywhere = ++version;
    }

    T get(Window window, DayRange range, Supplier<T> compute) {
        lastReadVersion = version;
        Entry<T> entry = entries.get(window);
        if (entry != null && unchangedSince(entry.version, range)) {
            return entry.value;
        }
        T value = compute.get();
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(window, new Entry<>(version, value));
        return value;
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

    private record Entry<T>(long version, T value) {
    }
}
