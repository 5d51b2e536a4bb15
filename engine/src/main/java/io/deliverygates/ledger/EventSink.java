package io.deliverygates.ledger;

import java.io.IOException;

/** Where promotion and health analysis write their events: the per-job ledger. */
public interface EventSink {
    /** Appends the event durably: when this returns, the event survives a crash of the writer. */
    void append(LedgerEvent event) throws IOException;

    /** Appends events that belong together (a verdict and its incident), in order; a file ledger in one write. */
    default void appendAll(java.util.List<LedgerEvent> events) throws IOException {
        for (LedgerEvent event : events) {
            append(event);
        }
    }
}
