package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.LedgerFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ledger export}: the events as JSON lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the events of a ledger as JSON lines or CSV (columns in docs/ledger.md).")
final class LedgerExportCommand extends LedgerReadingCommand implements Callable<Integer> {
    @Mixin
    FormatOption format = new FormatOption();

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        List<LedgerEvent> events = selectedEvents();
        if (output == null) {
            format.value.write(events, spec.commandLine().getOut());
            return ExitCodes.PASSED;
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            format.value.write(events, out);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, output.toString(), InputException.NO_LINE,
                    "cannot write: " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("delivery-gates: exported " + events.size() + " event(s) to " + output);
        return ExitCodes.PASSED;
    }

    /** The {@code --format} option of export and import. */
    static final class FormatOption {
        @Option(names = "--format", required = true, paramLabel = "jsonl|csv", converter = FormatConverter.class,
                description = "jsonl (one JSON event per line) or csv (a header row, one event per row).")
        LedgerFormat value;
    }

    /** Accepts {@code jsonl} and {@code csv} in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<LedgerFormat> {
        @Override
        public LedgerFormat convert(String value) {
            try {
                return LedgerFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not jsonl or csv");
            }
        }
    }
}
