package io.deliverygates.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {
    @ParameterizedTest
    @CsvSource({
        "7, 8, 2, 4",
        "10, 10, 2, 5",
        "11, 12.5, 2.5, 5",
        "0.37, 0.4, 0.1, 4",
        "1234, 1250, 250, 5",
        "5, 5, 1, 5",
        "0.05, 0.05, 0.01, 5"
    })
    void roundsTheTopUpToANiceNumberInAtMostFiveTicks(double max, double top, double step, int ticks) {
        Scale scale = Scale.forMax(max);
        assertThat(scale.top()).isCloseTo(top, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scale.step()).isCloseTo(step, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scale.ticks()).isEqualTo(ticks);
        assertThat(scale.top()).isGreaterThanOrEqualTo(max);
    }

    @Test
    void nothingToShowGivesZeroToOne() {
        assertThat(Scale.forMax(0)).isEqualTo(Scale.forMax(Double.NaN)).isEqualTo(new Scale(1, 0.2, 5));
    }

    @Test
    void labelsAreShort() {
        assertThat(Scale.forMax(10).label(4)).isEqualTo("4");
        assertThat(Scale.forMax(0.4).label(0.3)).isEqualTo("0.3");
        assertThat(Scale.forMax(12).label(7.5)).isEqualTo("7.5");
        assertThat(Scale.forMax(0.05).label(0.02)).isEqualTo("0.020");
    }
}
