package io.deliverygates.ledger;

import java.io.Serializable;

/**
 * Where a reader stopped: the byte offset just after the last complete line it read, in the file generation it
 * read. Keep it between reads to get only new events. When the file was rewritten since (retention), the
 * generation no longer matches and the next read starts over and says so ({@link LedgerRead#restarted()}).
 *
 * @param generation the {@link LedgerHeader#generation()} read, or null for a file without header (or none yet)
 * @param offset     the byte offset to continue at; 0 reads from the start
 */
public record LedgerCursor(String generation, long offset) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reads everything. */
    public static final LedgerCursor START = new LedgerCursor(null, 0);

    public LedgerCursor {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }
}
