package io.deliverygates.health;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Outcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Guards a deployment with a blocking analysis (the CLI's {@code health}): runs the analysis, records the
 * verdict, runs the rollback when {@link #shouldRollBack} says so and records it. Without an incident book
 * nothing is recorded (a check of a service outside any ledger).
 */
public final class HealthGuard {
    /** The rollback action (a command, a Pipeline body); says whether it worked, or throws when it did not. */
    @FunctionalInterface
    public interface Rollback {
        boolean run() throws Exception;
    }

    /**
     * The end of a guarded deployment.
     *
     * @param analysis        the analysis with every measurement and its verdict
     * @param rollbackOutcome how the rollback ended, empty when it did not run
     */
    public record Result(AnalysisState analysis, Optional<Outcome> rollbackOutcome) {
        public Verdict verdict() {
            return analysis.verdict().orElseThrow();
        }
    }

    private final AnalysisRunner runner;
    private final IncidentBook incidents;
    private final Clock clock;

    /** @param incidents where to record, or null to record nothing */
    public HealthGuard(AnalysisRunner runner, IncidentBook incidents, Clock clock) {
        this.runner = runner;
        this.incidents = incidents;
        this.clock = clock;
    }

    /**
     * Whether a verdict calls for the rollback: always for {@link Outcome#FAILED}; for
     * {@link Outcome#INCONCLUSIVE} only when asked ({@code rollbackOnInconclusive}); never otherwise.
     */
    public static boolean shouldRollBack(Outcome verdict, boolean rollbackOnInconclusive) {
        return verdict == Outcome.FAILED || verdict == Outcome.INCONCLUSIVE && rollbackOnInconclusive;
    }

    /**
     * Runs the analysis, records its verdict and, when called for, runs and records the rollback.
     *
     * @param target   what was probed (recorded with the verdict), e.g. the URL
     * @param rollback the rollback, or null when there is none (then nothing is rolled back or recorded as such)
     */
    public Result check(AnalysisSpec spec, Probe probe, String target, DeploymentRef deployment, BuildRef build,
            Rollback rollback, boolean rollbackOnInconclusive, Consumer<Measurement> onMeasurement)
            throws IOException {
        AnalysisState analysis = runner.run(spec, probe, onMeasurement);
        Verdict verdict = analysis.verdict().orElseThrow();
        if (incidents != null) {
            incidents.recordVerdict(deployment, build, verdict, target);
        }
        if (rollback == null || !shouldRollBack(verdict.outcome(), rollbackOnInconclusive)) {
            return new Result(analysis, Optional.empty());
        }
        Instant start = clock.instant();
        Outcome outcome;
        String message;
        try {
            outcome = rollback.run() ? Outcome.SUCCEEDED : Outcome.FAILED;
            message = (outcome == Outcome.SUCCEEDED ? "rolled back" : "the rollback failed") + " after the verdict "
                    + verdict.outcome() + ": " + verdict.reason();
        } catch (Exception e) {
            outcome = Outcome.FAILED;
            message = "the rollback failed: " + e.getMessage();
        }
        if (incidents != null) {
            incidents.recordRollback(deployment, build, outcome, Duration.between(start, clock.instant()), message);
        }
        return new Result(analysis, Optional.of(outcome));
    }
}
