package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.file.Path;

/** The error for a ledger that cannot be read or written, naming the option and the folder. */
final class LedgerOption {
    private LedgerOption() {
    }

    static InputException unusable(Path ledger, IOException cause) {
        return new InputException(InputException.Problem.UNREADABLE, "--ledger " + ledger, InputException.NO_LINE,
                "cannot read or write the ledger: " + cause, cause);
    }
}
