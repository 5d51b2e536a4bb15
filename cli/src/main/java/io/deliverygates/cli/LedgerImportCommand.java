package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ledger import}: adds events from JSON lines or CSV, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add the events of a JSON lines or CSV file to a ledger (created if missing).",
            "Every row is checked first: one bad row imports nothing, and all bad rows are listed with their line.",
            "Events whose id is already in the ledger are skipped, so importing a file twice is harmless."})
final class LedgerImportCommand extends LedgerSubcommand implements Callable<Integer> {
    @Mixin
    LedgerExportCommand.FormatOption format = new LedgerExportCommand.FormatOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import; - for standard input.")
    String input;

    @Override
    public Integer call() throws Exception {
        if (!"-".equals(input) && Files.exists(Path.of(input)) && !Files.isRegularFile(Path.of(input))) {
            // a folder cannot be read, and a FIFO nobody writes to would block forever: standard input is '-'
            throw new InputException(InputException.Problem.UNREADABLE, input,
                    "not a regular file (give - to read standard input)");
        }
        List<LedgerEvent> events;
        try (Reader in = "-".equals(input) ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            events = format.value.read(in, input);
        } catch (NoSuchFileException e) {
            throw new InputException(InputException.Problem.NOT_FOUND, input, "no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(InputException.Problem.MALFORMED, input, InputException.NO_LINE,
                    "bytes that are not valid UTF-8; was the file written with another encoding or cut?", e);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, input, InputException.NO_LINE,
                    "cannot read: " + e.getMessage(), e);
        }
        FileLedger target = ledger.open();
        FileLedger.ImportResult result;
        try {
            result = target.importEvents(events);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, "--ledger " + ledger.path,
                    InputException.NO_LINE, "cannot write the ledger " + target.file() + ": " + e.getMessage()
                            + "; nothing imported", e);
        }
        spec.commandLine().getOut().println("imported " + result.imported() + " event(s) into " + target.file()
                + (result.alreadyPresent() > 0 ? "; " + result.alreadyPresent() + " already present" : ""));
        return ExitCodes.PASSED;
    }
}
