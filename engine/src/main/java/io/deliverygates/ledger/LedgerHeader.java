package io.deliverygates.ledger;

import java.time.Instant;

/**
 * The first line of a ledger file. Its {@code generation} changes whenever the file is rewritten (retention), so
 * a reader holding a {@link LedgerCursor} of an older generation knows its byte offset no longer applies.
 *
 * @param ledger     always {@link #MAGIC}: marks the line as a header, not an event
 * @param format     the file format version, {@link #FORMAT}
 * @param generation a random id of this incarnation of the file
 * @param created    when this incarnation was written
 */
public record LedgerHeader(String ledger, int format, String generation, Instant created) {
    public static final String MAGIC = "delivery-gates";
    public static final int FORMAT = 1;

    static LedgerHeader fresh(Instant now) {
        return new LedgerHeader(MAGIC, FORMAT, java.util.UUID.randomUUID().toString(), now);
    }
}
