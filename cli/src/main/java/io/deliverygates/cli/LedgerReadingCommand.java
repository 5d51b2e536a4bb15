package io.deliverygates.cli;

import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.LedgerFilter;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Mixin;

/** What {@code ledger show} and {@code ledger export} share: a ledger and the options selecting its events. */
abstract class LedgerReadingCommand extends LedgerSubcommand {
    @Mixin
    LedgerFilterOptions filter = new LedgerFilterOptions();

    /** The selected events, oldest first; parameters are checked before the ledger is read. */
    List<LedgerEvent> selectedEvents() throws IOException {
        return selected(allEvents());
    }

    /** Every event of the ledger, oldest first; parameters are checked before the ledger is read. */
    List<LedgerEvent> allEvents() throws IOException {
        filter.filter(Clock.systemUTC());
        return ledger.readExisting(spec.commandLine().getErr());
    }

    List<LedgerEvent> selected(List<LedgerEvent> all) {
        LedgerFilter selected = filter.filter(Clock.systemUTC());
        return all.stream().filter(selected).toList();
    }
}
