package io.deliverygates.testing;

import io.deliverygates.ledger.EventHistory;
import io.deliverygates.ledger.EventSink;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An in-memory ledger for engine tests of the code that writes and reads events. */
public final class MemoryLedger implements EventSink, EventHistory {
    private final List<LedgerEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(LedgerEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<LedgerEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<EventType> types() {
        return events.stream().map(LedgerEvent::type).collect(Collectors.toList());
    }

    public synchronized List<LedgerEvent> ofType(EventType type) {
        return events.stream().filter(event -> event.type() == type).collect(Collectors.toList());
    }
}
