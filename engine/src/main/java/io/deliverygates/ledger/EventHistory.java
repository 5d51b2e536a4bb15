package io.deliverygates.ledger;

import java.io.IOException;
import java.util.List;

/** Read access to the events recorded so far, oldest first (used by promotion rules and incident tracking). */
public interface EventHistory {
    List<LedgerEvent> events() throws IOException;
}
