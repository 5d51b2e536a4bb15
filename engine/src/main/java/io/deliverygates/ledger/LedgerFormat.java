package io.deliverygates.ledger;

import io.deliverygates.common.InputException;
import io.deliverygates.common.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange formats of {@code ledger export} and {@code ledger import} (docs/ledger.md). Reading validates every
 * row and throws one {@link InputException} naming all bad rows, so an import is all or nothing.
 */
public enum LedgerFormat {
    /** One event per line as JSON, the ledger's own shape (without header and checksums on export). */
    JSONL {
        @Override
        public void write(List<LedgerEvent> events, Writer out) throws IOException {
            for (LedgerEvent event : events) {
                out.write(Json.mapper().writeValueAsString(event));
                out.write('\n');
            }
            out.flush();
        }

        @Override
        List<LedgerEvent> parse(Reader in, String source) {
            RowProblems problems = new RowProblems(source);
            List<LedgerEvent> events = new ArrayList<>();
            BufferedReader lines = new BufferedReader(in);
            try {
                String text;
                for (long line = 1; (text = lines.readLine()) != null; line++) {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    LedgerLine.Decoded decoded = LedgerLine.decode(bytes, 0, bytes.length);
                    if (decoded instanceof LedgerLine.Event event) {
                        events.add(event.event());
                    } else if (decoded instanceof LedgerLine.Skipped skipped && !skipped.harmless()) {
                        problems.add(line, skipped.reason());
                    }
                }
            } catch (IOException e) {
                throw new InputException(InputException.Problem.UNREADABLE, source, InputException.NO_LINE,
                        "cannot read: " + e.getMessage(), e);
            }
            problems.throwIfAny();
            return events;
        }
    },
    /** One event per row with a header row; see {@link CsvEvents#COLUMNS}. */
    CSV {
        @Override
        public void write(List<LedgerEvent> events, Writer out) throws IOException {
            CsvEvents.write(events, out);
            out.flush();
        }

        @Override
        List<LedgerEvent> parse(Reader in, String source) {
            return CsvEvents.read(in, source);
        }
    };

    public abstract void write(List<LedgerEvent> events, Writer out) throws IOException;

    /**
     * All events of {@code in}; {@code source} names it in errors. Throws for any bad row, naming each, and for an
     * input without events.
     */
    public List<LedgerEvent> read(Reader in, String source) {
        List<LedgerEvent> events = parse(in, source);
        if (events.isEmpty()) {
            throw new InputException(InputException.Problem.EMPTY, source, "no events to import");
        }
        return events;
    }

    abstract List<LedgerEvent> parse(Reader in, String source);
}
