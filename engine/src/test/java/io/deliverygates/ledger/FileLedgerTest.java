package io.deliverygates.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path folder;

    static LedgerEvent event(String id) {
        return LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).id(id).environment("production")
                .version("1.0").outcome(Outcome.SUCCEEDED).build();
    }

    @Test
    void appendedEventsReadBackInOrderAsChecksummedJsonLinesAfterAHeader() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.append(event("a"));
        ledger.appendAll(List.of(event("b"), event("c")));

        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("a", "b", "c");
        assertThat(ledger.events().get(0)).isEqualTo(event("a"));
        List<String> lines = Files.readAllLines(folder.resolve(FileLedger.FILE_NAME));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"ledger\":\"delivery-gates\",\"format\":1,\"generation\":");
        assertThat(lines.get(1)).startsWith("{\"schema\":1,\"id\":\"a\"").containsPattern(",\"crc\":\"[0-9a-f]{8}\"}$");
    }

    @Test
    void eventsReadBackShareOneInstancePerEnvironmentName() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a"), event("b"),
                LedgerEvent.builder(EventType.HEALTH_CHECKED, T).id("c").environment("staging").build()));

        List<LedgerEvent> events = ledger.events();
        assertThat(events.get(0).environment()).isEqualTo("production").isSameAs(events.get(1).environment());
        assertThat(events.get(2).environment()).isEqualTo("staging");
        assertThat(ledger.events().get(0).environment()).isSameAs(events.get(0).environment());
    }

    @Test
    void aMissingLedgerIsEmpty() throws Exception {
        LedgerRead read = FileLedger.inFolder(folder.resolve("none")).read(LedgerCursor.START);
        assertThat(read.events()).isEmpty();
        assertThat(read.cursor()).isEqualTo(LedgerCursor.START);
    }

    @Test
    void atAcceptsAFolderOrAJsonlFile() {
        assertThat(FileLedger.at(folder).file()).isEqualTo(folder.resolve(FileLedger.FILE_NAME));
        Path file = folder.resolve("other.jsonl");
        assertThat(FileLedger.at(file).file()).isEqualTo(file);
    }

    @Test
    void aReaderGetsOnlyWhatIsNewSinceItsCursor() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a"), event("b")));
        LedgerRead first = ledger.read(LedgerCursor.START);
        assertThat(first.events()).extracting(LedgerEvent::id).containsExactly("a", "b");

        LedgerRead nothing = ledger.read(first.cursor());
        assertThat(nothing.events()).isEmpty();
        assertThat(nothing.cursor()).isEqualTo(first.cursor());

        ledger.append(event("c"));
        LedgerRead second = ledger.read(first.cursor());
        assertThat(second.events()).extracting(LedgerEvent::id).containsExactly("c");
        assertThat(second.restarted()).isFalse();
        assertThat(second.cursor().offset()).isEqualTo(Files.size(ledger.file()));
    }

    @Test
    void scanHandsOverEachEventWithoutCollectingThem() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a"), event("b"), event("c")));
        List<String> ids = new ArrayList<>();
        LedgerScan scan = ledger.scan(LedgerCursor.START, e -> ids.add(e.id()));
        assertThat(ids).containsExactly("a", "b", "c");
        assertThat(scan.events()).isEqualTo(3);
        assertThat(scan.cursor()).isEqualTo(ledger.read(LedgerCursor.START).cursor());
        assertThat(ledger.scan(scan.cursor(), e -> ids.add("unexpected")).events()).isZero();
    }

    @Test
    void aCursorOfAnotherGenerationRestartsFromTheBeginning() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a"), event("b")));
        LedgerRead read = ledger.read(new LedgerCursor("older-generation", 200));
        assertThat(read.restarted()).isTrue();
        assertThat(read.events()).extracting(LedgerEvent::id).containsExactly("a", "b");
    }

    @Test
    void aTornLastLineIsLeftForLaterByReadersAndRemovedByTheNextWriter() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a"), event("b")));
        String torn = "{\"schema\":1,\"id\":\"torn\",\"type\":\"DEPLOY";
        Files.writeString(ledger.file(), torn, StandardOpenOption.APPEND);

        LedgerRead read = ledger.read(LedgerCursor.START);
        assertThat(read.events()).extracting(LedgerEvent::id).containsExactly("a", "b");
        assertThat(read.pendingBytes()).isEqualTo(torn.length());
        assertThat(read.warnings()).isEmpty();

        ledger.append(event("c"));
        LedgerRead after = ledger.read(read.cursor());
        assertThat(after.events()).extracting(LedgerEvent::id).containsExactly("c");
        assertThat(after.warnings()).isEmpty();
        assertThat(Files.readString(ledger.file())).doesNotContain("torn");
    }

    @Test
    void aFileOfOnlyATornHeaderGetsAFreshHeader() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        Files.writeString(ledger.file(), "{\"ledger\":\"deliv");
        ledger.append(event("a"));
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("a");
        assertThat(Files.readAllLines(ledger.file()).get(0)).startsWith("{\"ledger\":\"delivery-gates\"");
    }

    @Test
    void damagedRecordsAreSkippedWithAWarningNamingFileAndPosition() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.append(event("a"));
        String good = new String(LedgerLine.encode(event("b")), StandardCharsets.UTF_8);
        String damaged = good.replace("\"id\":\"b\"", "\"id\":\"x\"");
        Files.writeString(ledger.file(), damaged + "not json\n\n[1]\n{\"schema\":1}\n",
                StandardOpenOption.APPEND);
        ledger.append(event("c"));

        LedgerRead read = ledger.read(LedgerCursor.START);
        assertThat(read.events()).extracting(LedgerEvent::id).containsExactly("a", "c");
        assertThat(read.warnings()).hasSize(4);
        assertThat(read.warnings().get(0)).contains(FileLedger.FILE_NAME).contains("at byte ")
                .contains("checksum mismatch");
        assertThat(read.warnings().get(1)).contains("not valid JSON");
        assertThat(read.warnings().get(2)).contains("not a JSON object");
        assertThat(read.warnings().get(3)).contains("invalid event");
    }

    @Test
    void eventsOfANewerSchemaOrUnknownTypeAreSkippedWithAWarning() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.append(event("a"));
        Files.writeString(ledger.file(), String.join("\n",
                "{\"schema\":2,\"id\":\"n\",\"type\":\"DEPLOYMENT_FINISHED\",\"time\":\"2026-11-01T10:00:00Z\"}",
                "{\"schema\":2,\"id\":\"m\",\"type\":\"CANARY_STEP\",\"time\":\"2026-11-01T10:00:00Z\"}",
                "{\"schema\":1,\"id\":\"u\",\"type\":\"CANARY_STEP\",\"time\":\"2026-11-01T10:00:00Z\"}",
                "{\"schema\":1,\"id\":\"h\",\"type\":\"ROLLBACK\",\"time\":\"2026-11-01T10:00:00Z\"}", ""),
                StandardOpenOption.APPEND);

        LedgerRead read = ledger.read(LedgerCursor.START);
        assertThat(read.events()).extracting(LedgerEvent::id).containsExactly("a", "h");
        assertThat(read.warnings()).hasSize(3);
        assertThat(read.warnings().get(0)).contains("newer schema 2");
        assertThat(read.warnings().get(1)).contains("newer schema 2");
        assertThat(read.warnings().get(2)).contains("unknown event type CANARY_STEP");
    }

    @Test
    void threadsOfOneJvmAppendingConcurrentlyLoseNothing() throws Exception {
        int threads = 8;
        int eachThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        FileLedger reader = FileLedger.inFolder(folder);
        for (int t = 0; t < threads; t++) {
            String prefix = "t" + t + "-";
            // separate instances, as separate builds would have them
            FileLedger writer = FileLedger.at(folder);
            done.add(pool.submit(() -> {
                for (int i = 0; i < eachThread; i++) {
                    writer.append(event(prefix + i));
                }
                return null;
            }));
        }
        List<LedgerEvent> seen = new ArrayList<>();
        LedgerCursor cursor = LedgerCursor.START;
        while (!done.stream().allMatch(Future::isDone)) {
            LedgerRead read = reader.read(cursor); // reading while writers write
            assertThat(read.warnings()).isEmpty();
            seen.addAll(read.events());
            cursor = read.cursor();
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        seen.addAll(reader.read(cursor).events());

        assertThat(seen).hasSize(threads * eachThread).doesNotHaveDuplicates();
        assertThat(reader.events()).isEqualTo(seen);
    }
}
