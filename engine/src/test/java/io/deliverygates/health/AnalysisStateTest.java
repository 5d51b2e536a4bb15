package io.deliverygates.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis rules, fed with measurements made up on the spot (the real server comes in HealthCheckIT). */
class AnalysisStateTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration SECOND = Duration.ofSeconds(1);

    private static AnalysisSpec spec(int count, Duration duration, int successThreshold, int failureLimit,
            int errorLimit) {
        return new AnalysisSpec(Duration.ofSeconds(5), SECOND, count, duration, successThreshold, failureLimit,
                errorLimit);
    }

    /** Feeds results one second apart, starting at the first due time, and returns the final state. */
    private static AnalysisState feed(AnalysisSpec spec, String results) {
        AnalysisState state = AnalysisState.start(spec, T0);
        for (char result : results.toCharArray()) {
            Instant due = state.nextMeasurementAt();
            state = state.next(measurement(due, result));
        }
        return state;
    }

    private static Measurement measurement(Instant time, char result) {
        switch (result) {
            case 'p':
                return new Measurement(time, Measurement.Result.PASSED, 200, Duration.ofMillis(3), null, "ok");
            case 'f':
                return new Measurement(time, Measurement.Result.FAILED, 503, Duration.ofMillis(3), "status 503",
                        "down");
            default:
                return Measurement.error(time, Duration.ofMillis(3), "connection refused");
        }
    }

    @Test
    void schedulesTheFirstMeasurementAfterTheInitialDelayAndTheRestAtTheInterval() {
        AnalysisState state = AnalysisState.start(spec(3, null, 0, 0, 4), T0);
        assertThat(state.delayUntilNextMeasurement(T0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(state.delayUntilNextMeasurement(T0.plusSeconds(9))).isZero();

        state = state.next(measurement(T0.plusSeconds(5), 'p'));
        assertThat(state.nextMeasurementAt()).isEqualTo(T0.plusSeconds(6));
        assertThat(state.delayUntilNextMeasurement(T0.plusMillis(5500))).isEqualTo(Duration.ofMillis(500));
        assertThat(state.verdict()).isEmpty();
    }

    @Test
    void succeedsAfterCountMeasurementsWithinTheFailureLimit() {
        AnalysisState state = feed(spec(4, null, 0, 1, 4), "pfpp");

        Verdict verdict = state.verdict().orElseThrow();
        assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(verdict.reason()).isEqualTo("no more failures than the failureLimit of 1 (3 passed, 1 failed, 0 errored)");
        assertThat(verdict.evidence()).extracting(Measurement::status).containsExactly(503);
        assertThat(state.measurements()).hasSize(4);
    }

    @Test
    void failsAsSoonAsFailuresExceedTheLimit() {
        AnalysisState state = feed(spec(10, null, 0, 1, 4), "pfpf");

        Verdict verdict = state.verdict().orElseThrow();
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.reason()).startsWith("2 of 4 measurements failed, more than the failureLimit of 1");
        assertThat(verdict.failed()).isEqualTo(2);
        assertThat(verdict.explain()).contains("FAILED HTTP 503 in 3ms: status 503 body: down");
    }

    @Test
    void moreConsecutiveErrorsThanTheLimitIsInconclusiveAndErrorsAreNotFailures() {
        AnalysisState state = feed(spec(10, null, 0, 0, 2), "peeeppp");

        assertThat(state.measurements()).hasSize(4);
        Verdict verdict = state.verdict().orElseThrow();
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.reason()).startsWith("3 measurements in a row errored, more than the consecutiveErrorLimit of 2");
        assertThat(verdict.evidence()).hasSize(3).allSatisfy(m -> assertThat(m.detail()).isEqualTo("connection refused"));
    }

    @Test
    void errorsBelowTheLimitAreTolerated() {
        assertThat(feed(spec(5, null, 0, 0, 2), "eepee").verdict().orElseThrow().outcome())
                .isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void neverSuccessfulWhenEveryMeasurementErrored() {
        Verdict verdict = feed(spec(3, null, 0, 0, 4), "eee").verdict().orElseThrow();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.reason()).isEqualTo("no measurement passed (0 passed, 0 failed, 3 errored)");
    }

    @Test
    void successThresholdEndsEarlyOnEnoughPassesInARow() {
        AnalysisState state = feed(spec(10, null, 3, 1, 4), "pfppp" + "ffff");

        assertThat(state.measurements()).hasSize(5);
        assertThat(state.verdict().orElseThrow().outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(state.verdict().get().reason()).startsWith("3 measurements in a row passed (successThreshold 3)");
    }

    @Test
    void successThresholdNeverReachedIsInconclusive() {
        Verdict verdict = feed(spec(4, null, 3, 2, 4), "ppfp").verdict().orElseThrow();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.reason()).startsWith("the analysis ended without 3 measurements in a row passing");
    }

    @Test
    void durationBoundsTheLastMeasurementTime() {
        // first at T0+5s; interval 1s; duration 3s: measurements at +5, +6, +7, +8 and none after.
        AnalysisState state = feed(spec(0, Duration.ofSeconds(3), 0, 0, 4), "pppppp");

        assertThat(state.measurements()).hasSize(4);
        assertThat(state.verdict().orElseThrow().outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void countAndDurationEndAtWhicheverComesFirst() {
        assertThat(feed(spec(2, Duration.ofSeconds(30), 0, 0, 4), "pppp").measurements()).hasSize(2);
    }

    @Test
    void withNeitherCountNorDurationExactlyOneMeasurement() {
        AnalysisSpec spec = new AnalysisSpec(null, null, 0, null, 0, 0, 4);

        assertThat(spec.count()).isEqualTo(1);
        assertThat(spec.interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(feed(spec, "pp").measurements()).hasSize(1);
        assertThat(AnalysisSpec.single()).isEqualTo(spec);
    }

    @Test
    void aDecidedAnalysisIgnoresFurtherMeasurementsAndAborts() {
        AnalysisState done = feed(spec(1, null, 0, 0, 4), "f");

        assertThat(done.next(measurement(T0, 'p'))).isSameAs(done);
        assertThat(done.abort("stop")).isSameAs(done);
        Verdict aborted = AnalysisState.start(spec(3, null, 0, 0, 4), T0).abort("build aborted").verdict().orElseThrow();
        assertThat(aborted.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(aborted.reason()).startsWith("build aborted");
    }

    @Test
    void survivesJavaSerializationMidAnalysis() throws Exception {
        AnalysisState state = feed(spec(3, null, 0, 0, 4), "pp");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        AnalysisState restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (AnalysisState) in.readObject();
        }
        assertThat(restored.measurements()).isEqualTo(state.measurements());
        assertThat(restored.nextMeasurementAt()).isEqualTo(state.nextMeasurementAt());
        assertThat(restored.spec()).isEqualTo(state.spec());
        assertThat(restored.next(measurement(restored.nextMeasurementAt(), 'p')).verdict().orElseThrow().outcome())
                .isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void runnerSleepsUntilEachDueTimeAndStopsAtTheVerdict() {
        MutableClock clock = new MutableClock(T0);
        List<Duration> sleeps = new ArrayList<>();
        AnalysisRunner runner = new AnalysisRunner(clock, duration -> {
            sleeps.add(duration);
            clock.advance(duration);
        });

        AnalysisState state = runner.run(spec(3, null, 0, 0, 4), () -> measurement(clock.instant(), 'p'), m -> { });

        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), SECOND, SECOND);
        assertThat(state.measurements()).extracting(Measurement::time)
                .containsExactly(T0.plusSeconds(5), T0.plusSeconds(6), T0.plusSeconds(7));
        assertThat(state.verdict().orElseThrow().outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void interruptedRunnerEndsAbortedAndKeepsTheInterruptFlag() {
        AnalysisRunner runner = new AnalysisRunner(Clock.systemUTC(), duration -> {
            throw new InterruptedException();
        });

        AnalysisState state = runner.run(spec(3, null, 0, 0, 4), () -> measurement(T0, 'p'), m -> { });

        assertThat(Thread.interrupted()).isTrue();
        assertThat(state.verdict().orElseThrow().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(state.verdict().get().reason()).startsWith("interrupted after 0 measurements");
    }

    @Test
    void rejectsImpossibleParametersNamingThem() {
        assertThatThrownBy(() -> spec(2, null, 3, 0, 4)).isInstanceOf(InputException.class)
                .hasMessage("successThreshold: 3 consecutive passes can never happen in 2 measurements");
        assertThatThrownBy(() -> spec(-1, null, 0, 0, 4)).hasMessage("count: must not be negative");
        assertThatThrownBy(() -> spec(1, null, 0, -1, 4)).hasMessage("failureLimit: must not be negative");
        assertThatThrownBy(() -> spec(1, Duration.ofSeconds(-1), 0, 0, 4)).hasMessage("duration: must not be negative");
        assertThatThrownBy(() -> new AnalysisSpec(Duration.ofSeconds(-1), null, 1, null, 0, 0, 4))
                .hasMessage("initialDelay: must not be negative");
    }
}
