package io.deliverygates.bench;

import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A ledger file in a temporary folder, written in batches of 10,000 events and deleted on close. */
final class TempLedger implements AutoCloseable {
    private final Path folder;
    private final FileLedger ledger;

    TempLedger(String prefix, List<LedgerEvent> events) throws IOException {
        folder = Files.createTempDirectory(prefix);
        ledger = FileLedger.inFolder(folder);
        for (int from = 0; from < events.size(); from += 10_000) {
            ledger.appendAll(events.subList(from, Math.min(events.size(), from + 10_000)));
        }
    }

    FileLedger ledger() {
        return ledger;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
