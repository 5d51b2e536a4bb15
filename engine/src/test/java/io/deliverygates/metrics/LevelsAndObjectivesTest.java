package io.deliverygates.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelsAndObjectivesTest {
    private final PerformanceLevels dora = PerformanceLevels.dora2024();

    @Test
    void failureRateBandsOf2024AreNotMonotonicSoMediumIsShadowedByHigh() {
        assertThat(dora.level(Metric.CHANGE_FAILURE_RATE, 0.05)).contains(Level.ELITE);
        assertThat(dora.level(Metric.CHANGE_FAILURE_RATE, 0.08)).contains(Level.HIGH);
        assertThat(dora.level(Metric.CHANGE_FAILURE_RATE, 0.20)).contains(Level.HIGH);
        assertThat(dora.level(Metric.CHANGE_FAILURE_RATE, 0.21)).contains(Level.LOW);
    }

    @Test
    void monotonicBandsReachEveryLevel() {
        LevelBands bands2023 = new LevelBands(Metric.CHANGE_FAILURE_RATE, 0.05, 0.10, 0.15);
        assertThat(List.of(0.01, 0.07, 0.12, 0.5)).extracting(bands2023::level)
                .containsExactly(Level.ELITE, Level.HIGH, Level.MEDIUM, Level.LOW);
    }

    @Test
    void deploymentFrequencyIsBetterWhenHigher() {
        assertThat(List.of(3.0, 1.0, 0.5, 1 / 7.0, 0.05, 0.01)).extracting(
                value -> dora.level(Metric.DEPLOYMENT_FREQUENCY, value).orElseThrow())
                .containsExactly(Level.ELITE, Level.ELITE, Level.HIGH, Level.HIGH, Level.MEDIUM, Level.LOW);
    }

    @Test
    void durationsInSeconds() {
        assertThat(dora.level(Metric.LEAD_TIME, 3600.0)).contains(Level.ELITE);
        assertThat(dora.level(Metric.LEAD_TIME, 3 * 86_400.0)).contains(Level.HIGH);
        assertThat(dora.level(Metric.LEAD_TIME, 20 * 86_400.0)).contains(Level.MEDIUM);
        assertThat(dora.level(Metric.LEAD_TIME, 90 * 86_400.0)).contains(Level.LOW);
        assertThat(dora.level(Metric.TIME_TO_RESTORE, 7200.0)).contains(Level.HIGH);
        assertThat(dora.level(Metric.TIME_TO_RESTORE, 2 * 86_400.0)).contains(Level.LOW);
    }

    @Test
    void noLevelWithoutValueOrBands() {
        assertThat(dora.level(Metric.LEAD_TIME, null)).isEmpty();
        assertThat(dora.level(Metric.REWORK_RATE, 0.1)).isEmpty();
        assertThat(dora.source()).contains("2024");
    }

    @Test
    void objectivesCompareInTheMetricsUnit() {
        List<Objective> objectives = Objective.defaults();
        assertThat(objectives).hasSize(4);
        Objective frequency = objectives.get(0);
        assertThat(frequency.evaluate(10.0).status()).isEqualTo(ObjectiveResult.Status.MET);
        assertThat(frequency.evaluate(9.99).status()).isEqualTo(ObjectiveResult.Status.NOT_MET);
        Objective leadTime = objectives.get(1);
        assertThat(leadTime.evaluate(3599.0).status()).isEqualTo(ObjectiveResult.Status.MET);
        assertThat(leadTime.evaluate(3600.0).status()).isEqualTo(ObjectiveResult.Status.NOT_MET);
        assertThat(objectives.get(3).evaluate(null))
                .isEqualTo(new ObjectiveResult(objectives.get(3), null, ObjectiveResult.Status.NO_DATA));
    }

    @Test
    void configNormalizesProductionNames() {
        MetricsConfig config = MetricsConfig.defaults().withProductionEnvironments(java.util.Set.of(" Live "));
        assertThat(config.isProduction("LIVE")).isTrue();
        assertThat(config.isProduction("production")).isFalse();
        assertThat(config.isProduction(null)).isFalse();
        assertThat(MetricsConfig.defaults().withProductionEnvironments(java.util.Set.of()).productionEnvironments())
                .isEqualTo(MetricsConfig.DEFAULT_PRODUCTION);
    }
}
