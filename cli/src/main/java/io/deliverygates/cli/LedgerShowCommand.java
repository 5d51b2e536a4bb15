package io.deliverygates.cli;

import io.deliverygates.common.Json;
import io.deliverygates.ledger.LedgerEvent;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ledger show}: the events of a ledger as a table or JSON. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the events of a ledger, oldest first.")
final class LedgerShowCommand extends LedgerReadingCommand implements Callable<Integer> {
    enum Format { table, json }

    @Option(names = "--last", paramLabel = "N", description = "Only the newest N matching events.")
    Integer last;

    @Option(names = "--format", defaultValue = "table", description = "table or json (a JSON array). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<LedgerEvent> all = allEvents();
        List<LedgerEvent> events = selected(all);
        if (last != null && last >= 0 && events.size() > last) {
            events = events.subList(events.size() - last, events.size());
        }
        if (format == Format.json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(events));
        } else {
            new EventTable(events, EventTable.unfinished(all)).print(out);
        }
        out.flush();
        return ExitCodes.PASSED;
    }
}
