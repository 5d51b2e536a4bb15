package io.deliverygates.ledger;

import java.util.List;

/**
 * What one read of a ledger returned.
 *
 * @param events       the new events, oldest first
 * @param cursor       where the next read continues
 * @param restarted    true when the file was rewritten since the given cursor, so {@code events} start from the
 *                     beginning again: drop what was derived from earlier reads
 * @param warnings     records skipped (torn, corrupt, newer schema, unknown type), each naming file and position
 * @param pendingBytes bytes after the last complete line that are no valid record: a write in progress, or a record
 *                     torn by a crash (the next append moves it to the side file). A valid last record without its
 *                     newline is read, not pending.
 */
public record LedgerRead(
        List<LedgerEvent> events, LedgerCursor cursor, boolean restarted, List<String> warnings, long pendingBytes) {
    public LedgerRead {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
