package io.deliverygates.promotion;

import io.deliverygates.ledger.LedgerEvent;
import java.time.Instant;

/**
 * A deployment that has begun: its {@code DEPLOYMENT_STARTED} event. Hand it back to
 * {@link Promoter#finish(StartedDeployment, io.deliverygates.ledger.Outcome, String)}; after a restart, find it
 * again with {@link Promoter#resume(String)}.
 */
public record StartedDeployment(LedgerEvent started) {
    public String deploymentId() {
        return started.deploymentId();
    }

    public String environment() {
        return started.environment();
    }

    public String version() {
        return started.version();
    }

    public Instant startedAt() {
        return started.time();
    }
}
