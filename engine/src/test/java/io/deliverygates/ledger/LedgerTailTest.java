package io.deliverygates.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.LedgerMetrics;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ledger.md, "A torn last record never corrupts what came before": a complete, checksum-valid last line
 * without its newline is a record like any other; only a truly torn one is taken out, into the side file; a file
 * without the ledger header is never changed.
 */
class LedgerTailTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path folder;

    private static LedgerEvent event(String id, Outcome outcome) {
        return LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).id(id).deploymentId(id)
                .environment("production").version("1.0").outcome(outcome).build();
    }

    /** Removes the file's final newline, as a writer that died just before writing it would leave it. */
    private static void dropFinalNewline(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
    }

    @Test
    void aCompleteLastLineWithoutNewlineIsReadAndTheNextAppendEndsIt() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a", Outcome.SUCCEEDED), event("b", Outcome.FAILED)));
        dropFinalNewline(ledger.file());

        LedgerRead read = ledger.read(LedgerCursor.START);
        assertThat(read.events()).extracting(LedgerEvent::id).containsExactly("a", "b");
        assertThat(read.pendingBytes()).isZero();
        assertThat(read.warnings()).isEmpty();

        ledger.append(event("c", Outcome.SUCCEEDED));
        assertThat(ledger.read(LedgerCursor.START).events()).extracting(LedgerEvent::id)
                .containsExactly("a", "b", "c");
        LedgerRead after = ledger.read(read.cursor());
        assertThat(after.events()).extracting(LedgerEvent::id).containsExactly("c");
        assertThat(after.warnings()).isEmpty();
        assertThat(Files.readString(ledger.file())).endsWith("\n").contains("\"id\":\"b\"");
        assertThat(ledger.setAsideFile()).doesNotExist();
    }

    @Test
    void metricsCountAFailedDeploymentOnTheLastLineWithoutNewline() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a", Outcome.SUCCEEDED), event("b", Outcome.FAILED)));
        dropFinalNewline(ledger.file());

        Figures figures = new LedgerMetrics("job", ledger, MetricsConfig.defaults())
                .report(Window.lastDays(1, T)).production().current();

        assertThat(figures.deployments()).isEqualTo(2);
        assertThat(figures.changeFailureRate()).isEqualTo(0.5);
    }

    @Test
    void aTornLastLineIsMovedToTheSideFileNeverDeleted() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.append(event("a", Outcome.SUCCEEDED));
        String torn = "{\"schema\":1,\"id\":\"torn\",\"type\":\"DEPLOY";
        Files.writeString(ledger.file(), torn, StandardOpenOption.APPEND);
        assertThat(ledger.read(LedgerCursor.START).pendingBytes()).isEqualTo(torn.length());

        ledger.append(event("c", Outcome.SUCCEEDED));

        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("a", "c");
        assertThat(Files.readString(ledger.file())).doesNotContain("torn");
        assertThat(Files.readString(ledger.setAsideFile())).isEqualTo(torn + "\n");
    }

    @Test
    void aLastLineWithABadChecksumIsTornAndSetAside() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(List.of(event("a", Outcome.SUCCEEDED), event("b", Outcome.FAILED)));
        dropFinalNewline(ledger.file());
        String text = Files.readString(ledger.file());
        Files.writeString(ledger.file(), text.replace("\"id\":\"b\"", "\"id\":\"B\""));

        assertThat(ledger.read(LedgerCursor.START).events()).extracting(LedgerEvent::id).containsExactly("a");
        ledger.append(event("c", Outcome.SUCCEEDED));

        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("a", "c");
        assertThat(Files.readString(ledger.setAsideFile())).contains("\"id\":\"B\"");
    }

    @Test
    void retentionKeepsACompleteLastLineWithoutNewlineAndSetsAsideDamagedRecords() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder).withClock(java.time.Clock.fixed(T, java.time.ZoneOffset.UTC));
        LedgerEvent old = LedgerEvent.builder(EventType.BUILD_FINISHED, T.minus(Duration.ofDays(400))).id("old")
                .build();
        ledger.appendAll(List.of(old, event("b", Outcome.FAILED)));
        dropFinalNewline(ledger.file());

        Retention.Result result = ledger.retain(Retention.byAge(Duration.ofDays(90)));

        assertThat(result.removed()).isEqualTo(1);
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("b");

        Files.writeString(ledger.file(), "{\"schema\":1,\"id\":\"x\",\"crc\":\"00000000\"}\n",
                StandardOpenOption.APPEND);
        assertThat(ledger.retain(Retention.byAge(Duration.ofDays(90))).damaged()).isEqualTo(1);
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("b");
        assertThat(Files.readString(ledger.setAsideFile())).contains("\"id\":\"x\"");
    }

    @Test
    void aFileWithoutTheLedgerHeaderIsNeverChanged() throws Exception {
        Path notes = folder.resolve("notes.jsonl");
        String content = "{\"note\":\"mine\"}\nlast line without newline";
        Files.writeString(notes, content);
        FileLedger ledger = FileLedger.at(notes);

        assertThatThrownBy(() -> ledger.append(event("a", Outcome.SUCCEEDED))).isInstanceOfSatisfying(
                InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InputException.Problem.WRONG_FORMAT);
                    assertThat(e.getMessage()).contains(notes.toString(), "not a delivery ledger");
                });
        assertThatThrownBy(() -> ledger.importEvents(List.of(event("a", Outcome.SUCCEEDED))))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> ledger.retain(Retention.byCount(1))).isInstanceOf(InputException.class);

        assertThat(Files.readString(notes)).isEqualTo(content);
        assertThat(ledger.setAsideFile()).doesNotExist();
    }
}
