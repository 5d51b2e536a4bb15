package io.deliverygates.ledger;

import java.util.List;

/**
 * What {@link FileLedger#scan} did; the fields mean what they mean in {@link LedgerRead}.
 *
 * @param events       how many events were handed over
 * @param cursor       where the next read continues
 * @param restarted    true when the file was rewritten since the given cursor (events start from the beginning)
 * @param warnings     records skipped, each naming file and position
 * @param pendingBytes bytes after the last complete line
 */
public record LedgerScan(int events, LedgerCursor cursor, boolean restarted, List<String> warnings,
        long pendingBytes) {
    public LedgerScan {
        warnings = List.copyOf(warnings);
    }
}
