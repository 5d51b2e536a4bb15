package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongRadixSortTest {
    private final Random random = new Random(7);

    @ParameterizedTest(name = "values spanning 2^{0}")
    @ValueSource(ints = {1, 7, 8, 9, 23, 39, 40, 41, 62, 64})
    void sortsLikeArraysSortWhateverTheRange(int bits) {
        for (int length : new int[] {0, 1, 127, 128, 129, 1000, 5000}) {
            long[] values = new long[length];
            for (int i = 0; i < length; i++) {
                long offset = bits == 64 ? random.nextLong() : random.nextLong() & ((1L << bits) - 1);
                values[i] = (bits == 64 ? 0 : -(1L << (bits - 1))) + offset;
            }
            assertSortedLikeArraysSort(values);
        }
    }

    @Test
    void keepsDuplicatesAndHandlesTheExtremes() {
        long[] values = new long[300];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(3) - 1L;
        }
        assertSortedLikeArraysSort(values);
        values[0] = Long.MIN_VALUE;
        values[1] = Long.MAX_VALUE;
        assertSortedLikeArraysSort(values);
        Arrays.fill(values, 42);
        assertSortedLikeArraysSort(values);
    }

    @Test
    void sortsRealisticLeadTimes() {
        long[] values = new long[1400];
        for (int i = 0; i < values.length; i++) {
            values[i] = 600_000 + random.nextInt(7_200_000);
        }
        values[3] = -5_000; // a commit stamped after its deployment ended (clock skew)
        assertSortedLikeArraysSort(values);
    }

    private static void assertSortedLikeArraysSort(long[] values) {
        long[] expected = values.clone();
        Arrays.sort(expected);
        long[] actual = values.clone();
        LongRadixSort.sort(actual);
        assertThat(actual).containsExactly(expected);
    }
}
