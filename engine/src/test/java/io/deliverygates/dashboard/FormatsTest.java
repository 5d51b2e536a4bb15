package io.deliverygates.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.metrics.Level;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.Objective;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void durationsUseTheUnitThatFits() {
        assertThat(Formats.seconds(42)).isEqualTo("42 s");
        assertThat(Formats.seconds(15 * 60)).isEqualTo("15 min");
        assertThat(Formats.seconds(3600)).isEqualTo("1 h");
        assertThat(Formats.seconds(5.25 * 3600)).isEqualTo("5.3 h");
        assertThat(Formats.seconds(3 * 86_400)).isEqualTo("3 days");
        assertThat(Formats.duration(null)).isEqualTo(Formats.NONE);
        assertThat(Formats.duration(Duration.ofSeconds(95))).isEqualTo("2 min");
    }

    @Test
    void frequencyBelowOneADayIsPerWeek() {
        assertThat(Formats.frequency(12)).isEqualTo("12 a day");
        assertThat(Formats.frequency(0.5)).isEqualTo("3.5 a week");
        assertThat(Formats.frequency(0)).isEqualTo("0 a day");
    }

    @Test
    void valuesAndObjectivesInTheirMetricsUnits() {
        assertThat(Formats.value(Metric.CHANGE_FAILURE_RATE, 0.0425)).isEqualTo("4.3 %");
        assertThat(Formats.value(Metric.LEAD_TIME, null)).isEqualTo(Formats.NONE);
        assertThat(Formats.value(Metric.REWORK_RATE, Double.NaN)).isEqualTo(Formats.NONE);
        assertThat(Objective.defaults()).extracting(Formats::objective)
                .containsExactly("≥ 10 a day", "< 1 h", "< 15 min", "< 5 %");
        assertThat(Formats.level(Level.ELITE)).isEqualTo("elite");
        assertThat(Formats.level(null)).isEqualTo("no level");
        for (Metric metric : Metric.values()) {
            assertThat(Formats.title(metric)).isNotBlank();
        }
    }

    @Test
    void timesAreUtc() {
        Instant t = Instant.parse("2026-06-02T14:05:59Z");
        assertThat(Formats.time(t)).isEqualTo("2026-06-02 14:05");
        assertThat(Formats.date(t)).isEqualTo("2026-06-02");
        assertThat(Formats.day(t)).isEqualTo("Jun 2");
        assertThat(Formats.time(null)).isEqualTo(Formats.NONE);
    }
}
