package io.deliverygates.cli;

import io.deliverygates.common.DurationText;
import io.deliverygates.ledger.LedgerEvent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Ledger events as an aligned text table, one row per event. */
final class EventTable {
    private static final List<String> HEADINGS =
            List.of("TIME", "TYPE", "ENVIRONMENT", "VERSION", "OUTCOME", "DURATION", "BUILD", "MESSAGE");
    private static final int MESSAGE_WIDTH = 60;

    private final List<List<String>> rows = new ArrayList<>();

    EventTable(List<LedgerEvent> events) {
        rows.add(HEADINGS);
        for (LedgerEvent e : events) {
            rows.add(List.of(e.time().toString(), e.type().name(), text(e.environment()), text(e.version()),
                    e.outcome() == null ? "" : e.outcome().name(),
                    e.duration() == null ? "" : DurationText.format(e.duration()),
                    e.build() == null ? "" : e.build().job() + " #" + e.build().number(), message(e.message())));
        }
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

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    /** The first line of the message, shortened: the table stays one line per event. */
    private static String message(String message) {
        String first = text(message).lines().findFirst().orElse("");
        return first.length() > MESSAGE_WIDTH ? first.substring(0, MESSAGE_WIDTH - 3) + "..." : first;
    }
}
