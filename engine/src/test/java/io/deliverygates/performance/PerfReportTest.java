package io.deliverygates.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text and HTML reports: every row with its ratio and interval, and names from result files escaped. */
class PerfReportTest {
    private static PerfResult hostile() {
        Benchmark current = new Benchmark("<script>alert(1)</script>", "JMH", Kind.MICROBENCHMARK, "us/op",
                Direction.LOWER_IS_BETTER, new double[][] {{10, 11, 12, 10, 11}, {10, 12, 11, 10, 11}}, null, null);
        Benchmark before = new Benchmark("<script>alert(1)</script>", "JMH", Kind.MICROBENCHMARK, "us/op",
                Direction.LOWER_IS_BETTER, new double[][] {{5, 6, 5, 6, 5}, {6, 5, 5, 6, 5}}, null, null);
        return new PerfGate(PerfPolicy.DEFAULTS).evaluate(new ResultLoader.Run(List.of("a&b.json"), List.of(current)),
                PerfSummary.of(List.of("ref.json"), List.of(before)));
    }

    @Test
    void htmlEscapesNamesFromResultFilesAndShowsTheInterval() {
        PerfResult result = hostile();

        String html = PerfReport.html(result, "Performance <gate>");

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Performance &lt;gate&gt;").contains("a&amp;b.json")
                .contains("<td>REGRESSION</td>")
                .contains("[" + PerfGate.ratio(result.rows().get(0).interval().low()) + ", ");
    }

    @Test
    void textHasTheCountsAndOneLinePerRow() {
        String text = PerfReport.text(hostile());

        assertThat(text).startsWith("Performance gate: FAILED (1 regression)\n");
        assertThat(text.lines()).hasSize(2);
    }

    @Test
    void jsonHasTheRowsButNotTheSamples() throws Exception {
        String json = hostile().toJson();

        assertThat(io.deliverygates.common.Json.mapper().readTree(json).fieldNames())
                .toIterable().containsExactlyInAnyOrder("status", "rows", "referenceAvailable", "sources");
        assertThat(json).contains("\"verdict\" : \"REGRESSION\"").doesNotContain("groups");
    }
}
