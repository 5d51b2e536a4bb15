package io.deliverygates.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durability promises, proven with real processes: SIGKILL mid-append, and concurrent writer processes. */
class LedgerCrashTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedEventSurvivesKillMinus9OfTheWriter() throws Exception {
        Random random = new Random(42);
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process writer = ChildJvm.appender(folder, 0, "r" + round);
            int killAfter = 1 + random.nextInt(20);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (int i = 0; i < killAfter; i++) {
                    String id = out.readLine();
                    assertThat(id).as("writer of round %d ended early", round).isNotNull();
                    acknowledged.add(id);
                }
                // SIGKILL on Linux (no shutdown hooks, no flushing); via the handle, which keeps our pipe open
                writer.toHandle().destroyForcibly();
                writer.waitFor();
                // an id printed between our last read and the kill was acknowledged too
                String late;
                while ((late = out.readLine()) != null) {
                    acknowledged.add(late);
                }
            }
        }

        LedgerRead read = FileLedger.inFolder(folder).read(LedgerCursor.START);
        List<String> ids = read.events().stream().map(LedgerEvent::id).collect(Collectors.toList());
        assertThat(ids).containsAll(acknowledged);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(read.warnings()).isEmpty();
        assertThat(acknowledged).hasSizeGreaterThan(ROUNDS);

        // the next writer repairs a torn tail, if the last kill left one, and appends after complete lines only
        FileLedger.inFolder(folder).append(LedgerEvent.builder(EventType.ROLLBACK, java.time.Instant.now())
                .id("after-crashes").build());
        LedgerRead after = FileLedger.inFolder(folder).read(LedgerCursor.START);
        assertThat(after.events()).extracting(LedgerEvent::id).endsWith("after-crashes").containsAll(acknowledged);
        assertThat(after.warnings()).isEmpty();
        assertThat(after.pendingBytes()).isZero();
    }

    @Test
    void concurrentWriterProcessesLoseNoEvent() throws Exception {
        int processes = 3;
        int eventsEach = 100;
        List<Process> writers = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            writers.add(ChildJvm.appender(folder, eventsEach, "p" + p));
        }
        Set<String> acknowledged = new HashSet<>();
        for (Process writer : writers) {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(acknowledged::add);
            }
            assertThat(writer.waitFor()).isZero();
        }

        LedgerRead read = FileLedger.inFolder(folder).read(LedgerCursor.START);
        assertThat(acknowledged).hasSize(processes * eventsEach);
        assertThat(read.events()).extracting(LedgerEvent::id)
                .hasSize(processes * eventsEach).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.pendingBytes()).isZero();
        for (int p = 0; p < processes; p++) {
            String prefix = "p" + p + "-";
            assertThat(read.events().stream().map(LedgerEvent::id).filter(id -> id.startsWith(prefix))
                    .map(id -> Integer.parseInt(id.substring(prefix.length()))))
                    .as("each writer's events in its own order").isSorted();
        }
    }
}
