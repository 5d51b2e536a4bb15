package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.api.Test;

class LevelBoundsTest {
    @Test
    void convertsTheSettingsUnitsToTheEngineUnits() {
        LevelBands leadTime = LevelBounds.parse(Metric.LEAD_TIME, " 24, 168;720 ");
        assertThat(leadTime.elite()).isEqualTo(24 * 3600.0);
        assertThat(leadTime.high()).isEqualTo(168 * 3600.0);
        assertThat(leadTime.medium()).isEqualTo(720 * 3600.0);

        LevelBands failureRate = LevelBounds.parse(Metric.CHANGE_FAILURE_RATE, "5, 20, 10");
        assertThat(failureRate.elite()).isEqualTo(0.05, offset(1e-12));
    }

    @Test
    void defaultsRoundTripToTheDora2024BandsToSixSignificantDigits() {
        for (LevelBands bands : PerformanceLevels.dora2024().bands()) {
            LevelBands parsed = LevelBounds.parse(bands.metric(), LevelBounds.defaults(bands.metric()));
            assertThat(parsed.elite()).isCloseTo(bands.elite(), withPercentage(1e-4));
            assertThat(parsed.medium()).isCloseTo(bands.medium(), withPercentage(1e-4));
        }
    }

    @Test
    void rejectsWhatCannotBeBounds() {
        assertThatThrownBy(() -> LevelBounds.parse(Metric.LEAD_TIME, "1, 2"))
                .hasMessageContaining("expected three numbers");
        assertThatThrownBy(() -> LevelBounds.parse(Metric.LEAD_TIME, "1, x, 3")).hasMessageContaining("\"x\"");
        assertThatThrownBy(() -> LevelBounds.parse(Metric.LEAD_TIME, "1, -2, 3")).hasMessageContaining("-2");
        assertThatThrownBy(() -> LevelBounds.parse(Metric.LEAD_TIME, null)).hasMessageContaining("null");
    }
}
