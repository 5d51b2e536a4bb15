package io.jenkins.plugins.deliverygates.promotion;

import hudson.model.Job;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import java.io.IOException;
import java.util.List;

/**
 * A job's ledger events without the builds' own ends: {@code BUILD_FINISHED} is written in background once a build
 * has completed, so a test that reads the ledger right after a build may or may not see it yet.
 */
public final class DeliveryEvents {
    private DeliveryEvents() {
    }

    public static List<LedgerEvent> of(Job<?, ?> job) throws IOException {
        return JobLedger.of(job).events().stream().filter(e -> e.type() != EventType.BUILD_FINISHED).toList();
    }
}
