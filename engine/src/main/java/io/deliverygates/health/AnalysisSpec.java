package io.deliverygates.health;

import io.deliverygates.common.InputException;
import java.io.Serializable;
import java.time.Duration;

/**
 * How long and how strictly a deployment is analysed (after Argo Rollouts' analysis).
 *
 * <ul>
 *   <li>{@code initialDelay}: wait before the first measurement (default 0).</li>
 *   <li>{@code interval}: time between the starts of two measurements (default 10s).</li>
 *   <li>{@code count}: stop after this many measurements; {@code duration}: take no measurement later than this
 *       after the first. Neither given: exactly one measurement. Both: whichever ends first.</li>
 *   <li>{@code successThreshold}: when above 0, the analysis succeeds as soon as that many measurements in a row
 *       passed, and ends INCONCLUSIVE if it runs out without such a run. 0 (default): it runs to the end.</li>
 *   <li>{@code failureLimit}: the analysis fails as soon as more than this many measurements failed (default 0:
 *       the first failure fails it).</li>
 *   <li>{@code consecutiveErrorLimit}: the analysis fails as soon as more than this many measurements in a row
 *       errored (default 4), as Argo Rollouts aborts a rollout whose analysis ends in Error: a service that does
 *       not answer (refused, timed out, TLS handshake failed) is not healthy. Errors never count toward
 *       {@code failureLimit}, and the verdict's reason and counts say that errors, not failing responses, failed
 *       it.</li>
 * </ul>
 * At the end, without an early verdict, the analysis succeeded if at least one measurement passed and is
 * INCONCLUSIVE otherwise — never successful when every measurement errored. INCONCLUSIVE is thus left for the
 * undecided cases: the {@code successThreshold} was not reached, or no measurement passed while neither limit
 * was exceeded.
 */
public record AnalysisSpec(Duration initialDelay, Duration interval, int count, Duration duration,
        int successThreshold, int failureLimit, int consecutiveErrorLimit) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Argo's default for {@code consecutiveErrorLimit}. */
    public static final int DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

    /**
     * @param count    0 for no count limit
     * @param duration null for no duration limit
     */
    public AnalysisSpec {
        initialDelay = nonNegative(initialDelay == null ? Duration.ZERO : initialDelay, "initialDelay");
        interval = nonNegative(interval == null ? Duration.ofSeconds(10) : interval, "interval");
        if (duration != null) {
            nonNegative(duration, "duration");
        }
        nonNegative(count, "count");
        nonNegative(successThreshold, "successThreshold");
        nonNegative(failureLimit, "failureLimit");
        nonNegative(consecutiveErrorLimit, "consecutiveErrorLimit");
        if (count == 0 && duration == null) {
            count = 1;
        }
        if (count > 0 && successThreshold > count) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "successThreshold",
                    successThreshold + " consecutive passes can never happen in " + count + " measurements");
        }
    }

    /** One measurement, no delay: the defaults. */
    public static AnalysisSpec single() {
        return new AnalysisSpec(null, null, 1, null, 0, 0, DEFAULT_CONSECUTIVE_ERROR_LIMIT);
    }

    private static Duration nonNegative(Duration value, String parameter) {
        if (value.isNegative()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter, "must not be negative");
        }
        return value;
    }

    private static void nonNegative(int value, String parameter) {
        if (value < 0) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter, "must not be negative");
        }
    }
}
