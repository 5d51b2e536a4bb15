package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerCursor;
import java.io.PrintWriter;
import java.util.List;

/** Prints what a read of a ledger skipped, once each, on standard error. */
final class LedgerWarnings {
    private LedgerWarnings() {
    }

    /**
     * A file with neither the ledger header nor one readable event, only damaged or unfinished bytes, is some other
     * file: reading it as an empty ledger would report nothing as if that were the truth (exit 8, no warnings).
     */
    static void refuseIfNotALedger(FileLedger ledger, int events, LedgerCursor cursor, List<String> warnings,
            long pendingBytes) {
        if (events == 0 && cursor.generation() == null && (!warnings.isEmpty() || pendingBytes > 0)) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, ledger.file().toString(),
                    "not a delivery ledger: no ledger header and no readable event (" + warnings.size()
                            + " damaged record(s), " + pendingBytes + " byte(s) after the last line)");
        }
    }

    static void print(PrintWriter err, FileLedger ledger, List<String> warnings, long pendingBytes) {
        warnings.forEach(warning -> err.println("delivery-gates: warning: " + warning));
        if (pendingBytes > 0) {
            err.println("delivery-gates: warning: " + ledger.file() + ": ignored an incomplete last record of "
                    + pendingBytes + " bytes (a write in progress, or torn by a crash; the next append moves it to "
                    + ledger.setAsideFile().getFileName() + ")");
        }
        err.flush();
    }
}
