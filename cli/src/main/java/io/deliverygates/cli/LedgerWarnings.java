package io.deliverygates.cli;

import io.deliverygates.ledger.FileLedger;
import java.io.PrintWriter;
import java.util.List;

/** Prints what a read of a ledger skipped, once each, on standard error. */
final class LedgerWarnings {
    private LedgerWarnings() {
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
