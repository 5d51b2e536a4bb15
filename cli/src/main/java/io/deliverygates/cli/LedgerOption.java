package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.FileLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The error for a ledger that cannot be read or written, naming the option and the folder. */
final class LedgerOption {
    private LedgerOption() {
    }

    /**
     * The ledger at a folder or {@code .jsonl} path. A ledger file that is a folder can be neither read nor
     * written: every command says so with the same exit code (9), before touching it.
     */
    static FileLedger at(Path path) {
        FileLedger ledger = FileLedger.at(path);
        if (Files.isDirectory(ledger.file())) {
            throw new InputException(InputException.Problem.UNREADABLE, "--ledger " + path,
                    ledger.file() + " is a folder, not a ledger file");
        }
        if (Files.exists(ledger.file()) && !Files.isRegularFile(ledger.file())) {
            // a FIFO or device: reading it would block or never end
            throw new InputException(InputException.Problem.UNREADABLE, "--ledger " + path,
                    ledger.file() + " is not a regular file, not a ledger file");
        }
        return ledger;
    }

    static InputException unusable(Path ledger, IOException cause) {
        return new InputException(InputException.Problem.UNREADABLE, "--ledger " + ledger, InputException.NO_LINE,
                "cannot read or write the ledger: " + cause, cause);
    }
}
