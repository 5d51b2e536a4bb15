package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowTest {
    private static final Instant NOW = Instant.parse("2026-11-07T12:34:56Z");

    @Test
    void lastDaysAreWholeUtcDaysWithToday() {
        Window window = Window.lastDays(30, NOW);
        assertThat(window.to()).isEqualTo(Instant.parse("2026-11-08T00:00:00Z"));
        assertThat(window.from()).isEqualTo(Instant.parse("2026-10-09T00:00:00Z"));
        assertThat(window.days()).isEqualTo(30);
        assertThat(window.contains(NOW)).isTrue();
        assertThat(window.contains(window.to())).isFalse();
        assertThat(window.previous().to()).isEqualTo(window.from());
    }

    @Test
    void bucketsCoverTheWindowAndTheLastMayBeShorter() {
        Window window = new Window(NOW, NOW.plus(Duration.ofDays(10)));
        assertThat(window.buckets(Granularity.WEEK)).extracting(Window::days).containsExactly(7.0, 3.0);
        assertThat(window.buckets(Granularity.DAY)).hasSize(10);
        assertThat(Granularity.auto(Window.lastDays(31, NOW))).isEqualTo(Granularity.DAY);
        assertThat(Granularity.auto(Window.lastDays(90, NOW))).isEqualTo(Granularity.WEEK);
    }

    @Test
    void invalidWindowsNameTheProblem() {
        assertThatThrownBy(() -> new Window(NOW, NOW)).isInstanceOf(InputException.class)
                .hasMessageContaining("must end after");
        assertThatThrownBy(() -> Window.lastDays(0, NOW)).isInstanceOf(InputException.class)
                .hasMessageContaining("at least one day");
    }
}
