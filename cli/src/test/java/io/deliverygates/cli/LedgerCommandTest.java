package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DeliveryGatesCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private FileLedger sampleLedger() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder.resolve("job"));
        ledger.appendAll(List.of(
                LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).id("e1").environment("staging")
                        .version("1.0").outcome(Outcome.SUCCEEDED).duration(Duration.ofSeconds(95))
                        .build(new BuildRef("shop/deploy", 7, null)).message("first line\nsecond").build(),
                LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T.plusSeconds(60)).id("e2")
                        .environment("production").version("1.0").outcome(Outcome.FAILED).build(),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, T.plusSeconds(120)).id("e3")
                        .environment("production").incidentId("i1").build()));
        return ledger;
    }

    @Test
    void showPrintsATableOfTheSelectedEvents() throws Exception {
        sampleLedger();
        assertThat(run("ledger", "show", "--ledger", folder.resolve("job").toString())).isZero();
        assertThat(out.toString()).contains("TIME").contains("ENVIRONMENT")
                .contains("2026-11-01T10:00:00Z  DEPLOYMENT_FINISHED  staging").contains("1m35s")
                .contains("shop/deploy #7").contains("first line").doesNotContain("second")
                .contains("3 event(s)");

        out.getBuffer().setLength(0);
        assertThat(run("ledger", "show", "--ledger", folder.resolve("job").toString(), "--environment",
                "production", "--type", "DEPLOYMENT_FINISHED,INCIDENT_OPENED", "--last", "1", "--format", "json"))
                .isZero();
        assertThat(out.toString()).contains("\"id\" : \"e3\"").doesNotContain("\"e2\"").startsWith("[");
    }

    @Test
    void showFiltersByTimeAndWarnsAboutDamagedRecords() throws Exception {
        FileLedger ledger = sampleLedger();
        Files.writeString(ledger.file(), "damaged\n{\"partial", java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("ledger", "show", "--ledger", ledger.file().toString(), "--since", "2026-11-01T10:01:00Z",
                "--until", "2026-11-01T10:02:00Z")).isZero();
        assertThat(out.toString()).contains("1 event(s)").contains("FAILED");
        assertThat(err.toString()).contains("warning: ").contains("not valid JSON")
                .contains("incomplete last record of 9 bytes");
    }

    @Test
    void showOfAMissingLedgerOrWithABadTimeNamesTheParameter() {
        assertThat(run("ledger", "show", "--ledger", folder.resolve("none").toString())).isEqualTo(4);
        assertThat(err.toString()).contains("--ledger: no ledger at");
        assertThat(run("ledger", "show", "--ledger", folder.toString(), "--since", "last tuesday"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("ledger", "show", "--ledger", folder.toString(), "--type", "DEPLOY"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("ledger")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void exportedCsvImportsIntoAnotherLedgerAndReimportAddsNothing() throws Exception {
        FileLedger source = sampleLedger();
        Path csv = folder.resolve("events.csv");
        assertThat(run("ledger", "export", "--ledger", source.file().toString(), "--format", "csv",
                "--output", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(5); // header, 3 rows, the message's second line
        Path copy = folder.resolve("copy");
        assertThat(run("ledger", "import", "--ledger", copy.toString(), "--format", "CSV", csv.toString())).isZero();
        assertThat(out.toString()).contains("imported 3 event(s)");
        assertThat(run("ledger", "import", "--ledger", copy.toString(), "--format", "csv", csv.toString())).isZero();
        assertThat(out.toString()).contains("imported 0 event(s)").contains("3 already present");
        assertThat(FileLedger.inFolder(copy).events()).isEqualTo(source.events());
    }

    @Test
    void exportAsJsonLinesToStandardOutput() throws Exception {
        sampleLedger();
        assertThat(run("ledger", "export", "--ledger", folder.resolve("job").toString(), "--format", "jsonl",
                "--version", "1.0")).isZero();
        assertThat(out.toString().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"schema\":1,\"id\":\"e"));
        assertThat(run("ledger", "export", "--ledger", folder.resolve("job").toString(), "--format", "xml"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importOfBadRowsImportsNothingAndListsEveryBadLine() throws Exception {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "type,time\nROLLBACK,2026-11-01T10:00:00Z\nNOPE,2026-11-01T10:00:00Z\n"
                + "ROLLBACK,never\n");
        Path target = folder.resolve("target");
        assertThat(run("ledger", "import", "--ledger", target.toString(), "--format", "csv", csv.toString()))
                .isEqualTo(6);
        assertThat(err.toString()).contains("bad.csv:3: 2 bad row(s), nothing imported")
                .contains("line 3: type 'NOPE'").contains("line 4: time 'never'");
        assertThat(Files.exists(FileLedger.inFolder(target).file())).isFalse();
        assertThat(run("ledger", "import", "--ledger", target.toString(), "--format", "csv",
                folder.resolve("missing.csv").toString())).isEqualTo(4);
    }

    @Test
    void retainRemovesTheOldestBeyondTheLimit() throws Exception {
        FileLedger ledger = sampleLedger();
        assertThat(run("ledger", "retain", "--ledger", ledger.file().toString(), "--max-events", "2")).isZero();
        assertThat(out.toString()).contains("kept 2 event(s), removed 1");
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("e2", "e3");
        assertThat(run("ledger", "retain", "--ledger", ledger.file().toString(), "--max-age", "1d")).isZero();
        assertThat(ledger.events()).extracting(LedgerEvent::id).containsExactly("e3"); // the open incident stays
        assertThat(run("ledger", "retain", "--ledger", ledger.file().toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("ledger", "retain", "--ledger", ledger.file().toString(), "--max-age", "soon"))
                .isEqualTo(ExitCodes.USAGE);
    }
}
