package io.deliverygates.health;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs an analysis to its verdict on the calling thread, sleeping between measurements: the convenience for the
 * CLI. (Jenkins drives {@link AnalysisState} with a timer instead.) Clock and sleeper are injectable for tests.
 */
public final class AnalysisRunner {
    /** Waits; {@link Thread#sleep} in production, a clock that jumps in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Clock clock;
    private final Sleeper sleeper;

    public AnalysisRunner(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Real time: the system clock and {@link Thread#sleep}. */
    public static AnalysisRunner realTime() {
        return new AnalysisRunner(Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * Measures until the analysis has a verdict, telling {@code onMeasurement} about each measurement as it comes.
     * When interrupted, returns the state aborted (its verdict says so) after re-setting the interrupt flag.
     */
    public AnalysisState run(AnalysisSpec spec, Probe probe, Consumer<Measurement> onMeasurement) {
        AnalysisState state = AnalysisState.start(spec, clock.instant());
        try {
            while (state.verdict().isEmpty()) {
                Duration delay = state.delayUntilNextMeasurement(clock.instant());
                if (!delay.isZero()) {
                    sleeper.sleep(delay);
                }
                Measurement measurement = probe.measure();
                onMeasurement.accept(measurement);
                state = state.next(measurement);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return state.abort("interrupted after " + state.measurements().size() + " measurements");
        }
        return state;
    }
}
