package io.deliverygates.promotion;

import io.deliverygates.common.DurationText;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a version may enter an environment: it must have succeeded in the previous environment of the
 * chain, at least that environment's minimum soak time ago. The first environment accepts any version.
 */
public final class PromotionRules {
    private final EnvironmentChain chain;

    public PromotionRules(EnvironmentChain chain) {
        this.chain = chain;
    }

    /**
     * Why {@code version} may not enter {@code environment} at {@code now}, or empty when it may.
     *
     * @throws io.deliverygates.common.InputException when the chain has no environment of that name
     */
    public Optional<String> refusal(DeploymentHistory history, String environment, String version, Instant now) {
        Optional<Environment> previous = chain.previous(environment, "to");
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Environment required = previous.get();
        Optional<LedgerEvent> succeeded = history.lastSucceeded(required.name(), version);
        if (succeeded.isEmpty()) {
            return Optional.of(String.format("version %s may not enter %s: it has not succeeded in %s (%s)",
                    version, environment, required.name(), lastAttempt(history, required.name(), version)));
        }
        Instant soakedAt = succeeded.get().time().plus(required.minimumSoak());
        if (now.isBefore(soakedAt)) {
            return Optional.of(String.format(
                    "version %s may not enter %s before %s: it succeeded in %s at %s and must soak there for %s",
                    version, environment, soakedAt, required.name(), succeeded.get().time(),
                    DurationText.format(required.minimumSoak())));
        }
        return Optional.empty();
    }

    private static String lastAttempt(DeploymentHistory history, String environment, String version) {
        return history.lastFinished(environment, version)
                .map(last -> "last: " + last.outcome() + " at " + last.time()
                        + (last.outcome() == Outcome.SUCCEEDED ? ", then failed its health check or was rolled back" : ""))
                .orElse("never deployed there");
    }
}
