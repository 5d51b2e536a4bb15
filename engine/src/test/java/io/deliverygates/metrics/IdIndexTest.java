package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdIndexTest {
    @Test
    void givesDenseIndexesInOrderOfFirstSightAndKeepsThemAcrossGrowth() {
        IdIndex index = new IdIndex(0);
        for (int i = 0; i < 10_000; i++) {
            assertThat(index.add("c" + i)).isEqualTo(i);
        }
        assertThat(index.size()).isEqualTo(10_000);
        for (int i = 9_999; i >= 0; i--) {
            assertThat(index.add("c" + i)).isEqualTo(i);
            assertThat(index.indexOf(new String("c" + i))).isEqualTo(i);
        }
        assertThat(index.size()).isEqualTo(10_000);
        assertThat(index.indexOf("c10000")).isEqualTo(-1);
    }

    @Test
    void tellsApartIdsWithTheSameHash() {
        IdIndex index = new IdIndex(4);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(index.add("Aa")).isZero();
        assertThat(index.indexOf("BB")).isEqualTo(-1);
        assertThat(index.add("BB")).isEqualTo(1);
        assertThat(index.indexOf("Aa")).isZero();
        assertThat(index.indexOf("BB")).isEqualTo(1);
    }
}
