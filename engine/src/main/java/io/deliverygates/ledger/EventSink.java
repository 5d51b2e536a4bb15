package io.deliverygates.ledger;

import java.io.IOException;

/** Where promotion and health analysis write their events: the per-job ledger. */
public interface EventSink {
    /** Appends the event durably: when this returns, the event survives a crash of the writer. */
    void append(LedgerEvent event) throws IOException;
}
