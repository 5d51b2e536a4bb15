package io.deliverygates.metrics;

import java.util.Arrays;

/**
 * Dense indexes 0, 1, 2, ... for string ids (deployment and commit ids), in order of first sight. An open-addressing
 * table that keeps each id's hash beside its slot, so that a probe compares ints and reads an id only when the hashes
 * match, and that holds no object per entry: on a cold start over 1M events the per-entry {@code HashMap} nodes and
 * holders were most of the state that every young collection copied. Callers keep their values in arrays indexed
 * the same way.
 */
final class IdIndex {
    private static final int MIN_CAPACITY = 16;

    /** Per slot, side by side (one cache line): the index + 1 of the id there (0 when empty) and its hash. */
    private int[] slots;
    private String[] ids;
    private int size;

    /** {@code expected}: how many ids are likely; more are fine (the table grows). */
    IdIndex(int expected) {
        slots = new int[Integer.highestOneBit(Math.max(MIN_CAPACITY, expected) * 2 - 1) * 4];
        ids = new String[Math.max(MIN_CAPACITY, expected)];
    }

    int size() {
        return size;
    }

    /** The index of {@code id}, or -1 when it was never added. */
    int indexOf(String id) {
        int hash = id.hashCode();
        int mask = slots.length - 2;
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 2) & mask) {
            if (slots[slot + 1] == hash && id.equals(ids[slots[slot] - 1])) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    /** The index of {@code id}, added as the next index ({@link #size()} before the call) when it is new. */
    int add(String id) {
        int hash = id.hashCode();
        int mask = slots.length - 2;
        int slot = spread(hash) & mask;
        for (; slots[slot] != 0; slot = (slot + 2) & mask) {
            if (slots[slot + 1] == hash && id.equals(ids[slots[slot] - 1])) {
                return slots[slot] - 1;
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        slots[slot] = ++size;
        slots[slot + 1] = hash;
        if (size * 4 > slots.length) {
            rehash(slots.length * 2);
        }
        return size - 1;
    }

    /** Keeps the table at most half full, so that probe runs stay short. */
    private void rehash(int length) {
        int[] old = slots;
        slots = new int[length];
        int mask = length - 2;
        for (int from = 0; from < old.length; from += 2) {
            if (old[from] != 0) {
                int slot = spread(old[from + 1]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 2) & mask;
                }
                slots[slot] = old[from];
                slots[slot + 1] = old[from + 1];
            }
        }
    }

    /** Mixes the high bits into the low ones, as {@code HashMap} does (ids that differ late stay near). */
    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) << 1;
    }
}
