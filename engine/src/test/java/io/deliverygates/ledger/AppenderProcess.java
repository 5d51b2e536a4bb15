package io.deliverygates.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The writer run in a child JVM by the crash and multi-process tests: appends events to the ledger in
 * {@code args[0]} and prints the id of each one after {@code append} returned (acknowledged). {@code args[1]} is
 * the number of events (0 = until killed), {@code args[2]} a prefix for the ids.
 */
public final class AppenderProcess {
    private AppenderProcess() {
    }

    public static void main(String[] args) throws IOException {
        FileLedger ledger = FileLedger.inFolder(Path.of(args[0]));
        long count = Long.parseLong(args[1]);
        String prefix = args[2];
        for (long i = 0; count == 0 || i < count; i++) {
            String id = prefix + "-" + i;
            // a varying, sometimes large message makes writes of different sizes, so kills hit mid-write too
            ledger.append(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, Instant.now())
                    .id(id).environment("staging").version("1." + i).outcome(Outcome.SUCCEEDED)
                    .message("x".repeat((int) (i * 997 % 20_000)))
                    .build());
            System.out.println(id);
            System.out.flush();
        }
    }
}
