package io.deliverygates.health;

import io.deliverygates.ledger.Outcome;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An analysis in progress, as an immutable, serializable state machine: it holds no thread between
 * measurements, so a caller can schedule the next measurement with a timer, persist the state, and continue after
 * a restart. Start with {@link #start}, feed each {@link Measurement} to {@link #next}, wait
 * {@link #delayUntilNextMeasurement} in between, until {@link #verdict} is present. Semantics: {@link AnalysisSpec}.
 * After each measurement: more failures than {@code failureLimit} → FAILED; more errors in a row than
 * {@code consecutiveErrorLimit} → FAILED (the reason names the errors); {@code successThreshold} passes in a row →
 * SUCCEEDED; then, once no measurement is left, INCONCLUSIVE (threshold not reached, or nothing passed) or
 * SUCCEEDED.
 */
public final class AnalysisState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final AnalysisSpec spec;
    private final Instant startedAt;
    private final List<Measurement> measurements;
    private final int passed;
    private final int failed;
    private final int errored;
    private final int consecutivePasses;
    private final int consecutiveErrors;
    private final Verdict verdict;

    private AnalysisState(AnalysisSpec spec, Instant startedAt, List<Measurement> measurements, int passed,
            int failed, int errored, int consecutivePasses, int consecutiveErrors, Verdict verdict) {
        this.spec = spec;
        this.startedAt = startedAt;
        this.measurements = measurements;
        this.passed = passed;
        this.failed = failed;
        this.errored = errored;
        this.consecutivePasses = consecutivePasses;
        this.consecutiveErrors = consecutiveErrors;
        this.verdict = verdict;
    }

    /** An analysis that begins now: its first measurement is due after the initial delay. */
    public static AnalysisState start(AnalysisSpec spec, Instant now) {
        return new AnalysisState(spec, now, List.of(), 0, 0, 0, 0, 0, null);
    }

    /** When the next measurement is due (meaningless once a verdict is present). */
    public Instant nextMeasurementAt() {
        return measurements.isEmpty() ? startedAt.plus(spec.initialDelay())
                : last().time().plus(spec.interval());
    }

    /** How long to wait from {@code now} until the next measurement; zero when it is due already. */
    public Duration delayUntilNextMeasurement(Instant now) {
        Duration delay = Duration.between(now, nextMeasurementAt());
        return delay.isNegative() ? Duration.ZERO : delay;
    }

    /** The state after one more measurement; a state that has a verdict ignores further measurements. */
    public AnalysisState next(Measurement measurement) {
        if (verdict != null) {
            return this;
        }
        List<Measurement> all = new ArrayList<>(measurements);
        all.add(measurement);
        Measurement.Result result = measurement.result();
        AnalysisState next = new AnalysisState(spec, startedAt, Collections.unmodifiableList(all),
                passed + (result == Measurement.Result.PASSED ? 1 : 0),
                failed + (result == Measurement.Result.FAILED ? 1 : 0),
                errored + (result == Measurement.Result.ERROR ? 1 : 0),
                result == Measurement.Result.PASSED ? consecutivePasses + 1 : 0,
                result == Measurement.Result.ERROR ? consecutiveErrors + 1 : 0,
                null);
        return next.withVerdict(next.decide());
    }

    /** Ends the analysis early (e.g. the build was aborted) as {@link Outcome#ABORTED}. */
    public AnalysisState abort(String reason) {
        return verdict != null ? this : withVerdict(Optional.of(verdictOf(Outcome.ABORTED, reason)));
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    /** Every measurement so far, oldest first. */
    public List<Measurement> measurements() {
        return measurements;
    }

    public AnalysisSpec spec() {
        return spec;
    }

    private Optional<Verdict> decide() {
        if (failed > spec.failureLimit()) {
            return Optional.of(verdictOf(Outcome.FAILED, failed + " of " + measurements.size()
                    + " measurements failed, more than the failureLimit of " + spec.failureLimit()));
        }
        if (consecutiveErrors > spec.consecutiveErrorLimit()) {
            // As in Argo Rollouts (the run ends in Error and the rollout aborts): a service that stops answering,
            // e.g. because it crashed, is a failed deployment. The reason says it was errors, not bad answers.
            return Optional.of(verdictOf(Outcome.FAILED, consecutiveErrors
                    + " measurements in a row errored, more than the consecutiveErrorLimit of "
                    + spec.consecutiveErrorLimit() + ": the service gave no usable answer (errors, not failing "
                    + "responses); last error: " + last().detail()));
        }
        if (spec.successThreshold() > 0 && consecutivePasses >= spec.successThreshold()) {
            return Optional.of(verdictOf(Outcome.SUCCEEDED, consecutivePasses
                    + " measurements in a row passed (successThreshold " + spec.successThreshold() + ")"));
        }
        if (!ranOut()) {
            return Optional.empty();
        }
        if (spec.successThreshold() > 0) {
            return Optional.of(verdictOf(Outcome.INCONCLUSIVE, "the analysis ended without "
                    + spec.successThreshold() + " measurements in a row passing (successThreshold)"));
        }
        if (passed == 0 && errored == measurements.size()) {
            // Not one answer, though within the error limit: a dead service is a failed deployment, never undecided.
            return Optional.of(verdictOf(Outcome.FAILED, "every measurement errored: the service gave no usable answer; "
                    + "last error: " + last().detail()));
        }
        if (passed == 0) {
            return Optional.of(verdictOf(Outcome.INCONCLUSIVE, "no measurement passed"));
        }
        return Optional.of(verdictOf(Outcome.SUCCEEDED, "no more failures than the failureLimit of "
                + spec.failureLimit()));
    }

    /** Whether no further measurement is allowed by count or duration. */
    private boolean ranOut() {
        if (spec.count() > 0 && measurements.size() >= spec.count()) {
            return true;
        }
        return spec.duration() != null
                && nextMeasurementAt().isAfter(measurements.get(0).time().plus(spec.duration()));
    }

    private Verdict verdictOf(Outcome outcome, String reason) {
        List<Measurement> bad = new ArrayList<>();
        for (int i = measurements.size() - 1; i >= 0 && bad.size() < Verdict.EVIDENCE; i--) {
            if (measurements.get(i).result() != Measurement.Result.PASSED) {
                bad.add(0, measurements.get(i));
            }
        }
        String counts = " (" + passed + " passed, " + failed + " failed, " + errored + " errored)";
        return new Verdict(outcome, reason + counts, bad, passed, failed, errored);
    }

    private AnalysisState withVerdict(Optional<Verdict> decided) {
        return decided.isEmpty() ? this : new AnalysisState(spec, startedAt, measurements, passed, failed, errored,
                consecutivePasses, consecutiveErrors, decided.get());
    }

    private Measurement last() {
        return measurements.get(measurements.size() - 1);
    }
}
