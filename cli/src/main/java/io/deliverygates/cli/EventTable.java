package io.deliverygates.cli;

import io.deliverygates.common.DurationText;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Ledger events as an aligned text table, one row per event. */
final class EventTable {
    private static final List<String> HEADINGS =
            List.of("TIME", "TYPE", "ENVIRONMENT", "VERSION", "OUTCOME", "DURATION", "BUILD", "MESSAGE");
    private static final int MESSAGE_WIDTH = 60;
    /** The outcome shown for a deployment that started and never finished (running, or its process died). */
    static final String UNFINISHED = "UNFINISHED";

    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param unfinished deployment ids that started and never finished: their starting event's outcome reads
     *                   {@value #UNFINISHED}
     */
    EventTable(List<LedgerEvent> events, Set<String> unfinished) {
        rows.add(HEADINGS);
        for (LedgerEvent e : events) {
            boolean open = e.type() == EventType.DEPLOYMENT_STARTED && unfinished.contains(e.deploymentId());
            rows.add(List.of(e.time().toString(), e.type().name(), text(e.environment()), text(e.version()),
                    open ? UNFINISHED : e.outcome() == null ? "" : e.outcome().name(),
                    e.duration() == null ? "" : DurationText.format(e.duration()),
                    e.build() == null ? "" : text(e.build().job()) + " #" + e.build().number(),
                    message(e.message())));
        }
    }

    /** The deployments of a whole ledger that started and have no finishing event. */
    static Set<String> unfinished(List<LedgerEvent> ledger) {
        Set<String> unfinished = new HashSet<>();
        for (LedgerEvent e : ledger) {
            if (e.type() == EventType.DEPLOYMENT_STARTED && e.deploymentId() != null) {
                unfinished.add(e.deploymentId());
            }
        }
        for (LedgerEvent e : ledger) {
            if (e.type() == EventType.DEPLOYMENT_FINISHED) {
                unfinished.remove(e.deploymentId());
            }
        }
        return unfinished;
    }

    void print(PrintWriter out) {
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println((rows.size() - 1) + " event(s)");
    }

    /** A cell: control characters escaped, so that the table stays one line per event and the terminal inert. */
    private static String text(String value) {
        return TerminalText.escape(Objects.requireNonNullElse(value, ""));
    }

    /** The first line of the message, escaped and shortened: the table stays one line per event. */
    private static String message(String message) {
        String first = text(Objects.requireNonNullElse(message, "").lines().findFirst().orElse(""));
        return first.length() > MESSAGE_WIDTH ? first.substring(0, MESSAGE_WIDTH - 3) + "..." : first;
    }
}
