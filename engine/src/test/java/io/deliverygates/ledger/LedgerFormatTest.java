package io.deliverygates.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFormatTest {
    private static final Instant T = Instant.parse("2026-11-01T10:15:30Z");

    @TempDir
    Path folder;

    static List<LedgerEvent> sample() {
        return List.of(
                LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).id("e1").environment("production")
                        .version("=cmd|' /C calc'!A0").deploymentId("d1").fixesIncident("i0")
                        .build(new BuildRef("shop/deploy", 42, "job/shop/job/deploy/42/"))
                        .commits(List.of(new Commit("abc", T.minusSeconds(7200), T.minusSeconds(3600)),
                                new Commit("def", null, T.minusSeconds(60))))
                        .outcome(Outcome.FAILED).duration(Duration.ofMillis(95_500))
                        .message("line one, \"quoted\"\nline two").attributes(Map.of("region", "eu", "n", "1"))
                        .build(),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, T.plusSeconds(5)).id("e2").incidentId("i1")
                        .build());
    }

    private static String write(LedgerFormat format, List<LedgerEvent> events) throws Exception {
        StringWriter out = new StringWriter();
        format.write(events, out);
        return out.toString();
    }

    @Test
    void csvRoundTripsEveryFieldAndGuardsFormulas() throws Exception {
        String csv = write(LedgerFormat.CSV, sample());
        assertThat(csv).startsWith(String.join(",", CsvEvents.COLUMNS) + "\n")
                .contains("'=cmd").contains("abc@2026-11-01T09:15:30Z@2026-11-01T08:15:30Z;def@2026-11-01T10:14:30Z")
                .contains(",95.5,");
        assertThat(LedgerFormat.CSV.read(new StringReader(csv), "x.csv")).isEqualTo(sample());
    }

    @Test
    void jsonLinesRoundTripAndAcceptTheLedgerFileItself() throws Exception {
        String jsonl = write(LedgerFormat.JSONL, sample());
        assertThat(jsonl.lines()).hasSize(2).allMatch(line -> line.startsWith("{\"schema\":1"));
        assertThat(LedgerFormat.JSONL.read(new StringReader(jsonl), "x.jsonl")).isEqualTo(sample());

        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.appendAll(sample());
        String file = java.nio.file.Files.readString(ledger.file());
        assertThat(LedgerFormat.JSONL.read(new StringReader(file), "ledger")).isEqualTo(sample());
    }

    @Test
    void csvFromAnotherToolNeedsOnlyTypeAndTimeAndGetsStableIds() {
        String csv = "time,type,environment,outcome,durationSeconds\n"
                + "2026-11-01 10:00:00,deployment-finished,production,succeeded,60\n"
                + "\n"
                + "2026-11-02T10:00:00+01:00,Deployment_Finished,production,failed,\n";
        List<LedgerEvent> events = LedgerFormat.CSV.read(new StringReader(csv), "old-tool.csv");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).time()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(events.get(0).duration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(events.get(1).time()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(events.get(1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(LedgerFormat.CSV.read(new StringReader(csv), "again.csv"))
                .extracting(LedgerEvent::id).isEqualTo(events.stream().map(LedgerEvent::id).toList());
    }

    @Test
    void badCsvRowsAreAllReportedWithTheirLineNumbers() {
        String csv = "type,time,outcome,durationSeconds,buildNumber,commits,attributes,schema\n"
                + "ROLLBACK,2026-11-01T10:00:00Z,,,,,,\n"
                + "DEPLOY,2026-11-01T10:00:00Z,,,,,,\n"
                + "ROLLBACK,yesterday,,,,,,\n"
                + "ROLLBACK,2026-11-01T10:00:00Z,MAYBE,-1,,,,\n"
                + "ROLLBACK,2026-11-01T10:00:00Z,,x,,,,\n"
                + "ROLLBACK,2026-11-01T10:00:00Z,,,,abc,,\n"
                + "ROLLBACK,2026-11-01T10:00:00Z,,,,,[1],\n"
                + "ROLLBACK,2026-11-01T10:00:00Z,,,,,,2\n"
                + ",2026-11-01T10:00:00Z,,,,,,\n";
        assertThatThrownBy(() -> LedgerFormat.CSV.read(new StringReader(csv), "bad.csv"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InputException.Problem.MALFORMED);
                    assertThat(e.line()).isEqualTo(3);
                })
                .hasMessageStartingWith("bad.csv:3: 8 bad row(s), nothing imported")
                .hasMessageContaining("line 3: type 'DEPLOY' is not one of")
                .hasMessageContaining("line 4: time 'yesterday' is not an ISO-8601")
                .hasMessageContaining("line 5: outcome 'MAYBE'")
                .hasMessageContaining("line 6: durationSeconds 'x' is not a number")
                .hasMessageContaining("line 7: commit 'abc' is not id@commitTime")
                .hasMessageContaining("line 8: attributes must be a JSON object")
                .hasMessageContaining("line 9: schema 2 is not supported")
                .hasMessageContaining("line 10: type is empty");
    }

    @Test
    void csvWithTheWrongColumnsOrNoRowsIsRejected() {
        assertThatThrownBy(() -> LedgerFormat.CSV.read(new StringReader("when,what\n1,2\n"), "w.csv"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.WRONG_FORMAT))
                .hasMessageContaining("unknown: [when, what]");
        assertThatThrownBy(() -> LedgerFormat.CSV.read(new StringReader(""), "e.csv"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.EMPTY));
        assertThatThrownBy(() -> LedgerFormat.CSV.read(new StringReader("type,time\n"), "h.csv"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.EMPTY));
        assertThatThrownBy(() -> LedgerFormat.CSV.read(new StringReader("type,time\n\"ROLLBACK,x\n"), "q.csv"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.MALFORMED));
        assertThatThrownBy(() -> LedgerFormat.CSV.read(
                new StringReader("type,time,buildNumber\nROLLBACK,2026-11-01T10:00:00Z,3\n"), "b.csv"))
                .hasMessageContaining("line 2: buildNumber 3 without buildJob");
    }

    @Test
    void badJsonLinesAreAllReportedAndNewerSchemasAreNotImported() {
        String jsonl = "{\"schema\":1,\"id\":\"ok\",\"type\":\"ROLLBACK\",\"time\":\"2026-11-01T10:00:00Z\"}\n"
                + "{\"schema\":2,\"id\":\"n\",\"type\":\"ROLLBACK\",\"time\":\"2026-11-01T10:00:00Z\"}\n"
                + "\n"
                + "{oops\n";
        assertThatThrownBy(() -> LedgerFormat.JSONL.read(new StringReader(jsonl), "in.jsonl"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("in.jsonl:2: 2 bad row(s)")
                .hasMessageContaining("line 2: event of newer schema 2")
                .hasMessageContaining("line 4: not valid JSON");
    }

    @Test
    void importAddsOnlyEventsNotPresentYet() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder);
        ledger.append(sample().get(0));
        assertThat(ledger.importEvents(sample())).isEqualTo(new FileLedger.ImportResult(1, 1));
        assertThat(ledger.importEvents(sample())).isEqualTo(new FileLedger.ImportResult(0, 2));
        assertThat(ledger.events()).isEqualTo(sample());
    }
}
