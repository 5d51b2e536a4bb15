package io.deliverygates.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    @TempDir
    Path folder;

    private FileLedger ledger() {
        return FileLedger.inFolder(folder).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LedgerEvent at(String id, int daysAgo) {
        return LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, NOW.minus(Duration.ofDays(daysAgo))).id(id)
                .environment("production").outcome(Outcome.SUCCEEDED).build();
    }

    @Test
    void removesEventsOlderThanMaxAgeButKeepsOpenIncidentsAndRecordsOfNewerCode() throws Exception {
        FileLedger ledger = ledger();
        ledger.appendAll(List.of(at("old", 100),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, NOW.minus(Duration.ofDays(120))).id("open-i")
                        .incidentId("i1").build(),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, NOW.minus(Duration.ofDays(120))).id("closed-i")
                        .incidentId("i2").build(),
                LedgerEvent.builder(EventType.INCIDENT_RESOLVED, NOW.minus(Duration.ofDays(110))).id("resolved-i")
                        .incidentId("i2").build(),
                at("young", 10)));
        Files.writeString(ledger.file(), "{\"schema\":9,\"id\":\"future\",\"type\":\"X\",\"time\":\"2020-01-01T00:00:00Z\"}\n"
                + "garbage\n", StandardOpenOption.APPEND);
        LedgerCursor before = ledger.read(LedgerCursor.START).cursor();

        Retention.Result result = ledger.retain(Retention.byAge(Duration.ofDays(90)));

        assertThat(result).isEqualTo(new Retention.Result(3, 3, 1, true));
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("open-i", "young");
        assertThat(Files.readString(ledger.file())).contains("\"id\":\"future\"").doesNotContain("garbage");
        LedgerRead again = ledger.read(before);
        assertThat(again.restarted()).isTrue();
        assertThat(again.events()).extracting(LedgerEvent::id).containsExactly("open-i", "young");
        assertThat(again.cursor().generation()).isNotEqualTo(before.generation());
    }

    @Test
    void keepsTheNewestMaxEvents() throws Exception {
        FileLedger ledger = ledger();
        ledger.appendAll(List.of(at("a", 5), at("b", 4), at("c", 3), at("d", 2)));
        assertThat(ledger.retain(Retention.byCount(2)).removed()).isEqualTo(2);
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("c", "d");
        ledger.append(at("e", 1));
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("c", "d", "e");
    }

    @Test
    void nothingToRemoveLeavesTheFileAsItIs() throws Exception {
        FileLedger ledger = ledger();
        ledger.appendAll(List.of(at("a", 5), at("b", 4)));
        LedgerCursor cursor = ledger.read(LedgerCursor.START).cursor();
        assertThat(ledger.retain(new Retention(Duration.ofDays(30), 10)))
                .isEqualTo(new Retention.Result(2, 0, 0, false));
        assertThat(ledger.read(cursor).restarted()).isFalse();
        assertThat(FileLedger.inFolder(folder.resolve("none")).retain(Retention.byCount(1)).rewritten()).isFalse();
    }

    @Test
    void rejectsLimitsThatMakeNoSense() {
        assertThatThrownBy(() -> Retention.byAge(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Retention.byCount(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendsDuringRetentionAreNeverLost() throws Exception {
        FileLedger ledger = ledger();
        for (int i = 0; i < 20; i++) {
            ledger.append(at("old-" + i, 200));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            String prefix = "w" + w + "-";
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    ledger().append(at(prefix + i, 0));
                }
                return null;
            }));
        }
        Future<Integer> retainer = pool.submit(() -> {
            int rewrites = 0;
            while (!writers.stream().allMatch(Future::isDone)) {
                rewrites += ledger().retain(Retention.byAge(Duration.ofDays(90))).rewritten() ? 1 : 0;
                ledger().append(at("old-again-" + rewrites, 200));
            }
            return rewrites;
        });
        for (Future<?> writer : writers) {
            writer.get();
        }
        assertThat(retainer.get()).isPositive();
        pool.shutdown();
        LedgerRead read = ledger.read(LedgerCursor.START);
        assertThat(read.events()).extracting(LedgerEvent::id).filteredOn(id -> id.startsWith("w")).hasSize(120);
        assertThat(read.warnings()).isEmpty();
    }
}
