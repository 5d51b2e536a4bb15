package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerCursor;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.LedgerRead;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ledger}: look at, export, import and trim a delivery ledger (docs/ledger.md). */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Show, export, import or trim a delivery ledger (the per-job record of deployments).",
        subcommands = {
            LedgerShowCommand.class,
            LedgerExportCommand.class,
            LedgerImportCommand.class,
            LedgerRetainCommand.class,
        })
final class LedgerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: show, export, import or retain");
    }

    /** The {@code --ledger} option shared by the subcommands. */
    static final class LedgerOption {
        @Option(names = "--ledger", required = true, paramLabel = "DIR|FILE",
                description = "The ledger: a folder holding " + FileLedger.FILE_NAME + ", or a .jsonl file.")
        Path path;

        FileLedger open() {
            return io.deliverygates.cli.LedgerOption.at(path);
        }

        /** Reads all events of a ledger that must exist, printing skipped records as warnings. */
        List<LedgerEvent> readExisting(PrintWriter err) throws IOException {
            FileLedger ledger = open();
            if (!Files.exists(ledger.file())) {
                throw new InputException(InputException.Problem.NOT_FOUND, "--ledger",
                        "no ledger at " + ledger.file());
            }
            LedgerRead read = ledger.read(LedgerCursor.START);
            LedgerWarnings.refuseIfNotALedger(ledger, read.events().size(), read.cursor(), read.warnings(),
                    read.pendingBytes());
            LedgerWarnings.print(err, ledger, read.warnings(), read.pendingBytes());
            return read.events();
        }
    }
}
