package io.deliverygates.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsersTest {
    @TempDir
    Path folder;

    @Test
    void bothParsersReadTheTotalsTheGeneratorWrote() throws Exception {
        GeneratedReport report = new JacocoReportGenerator(11).write(folder.resolve("r.xml"), 400_000);

        Parsers.requireCorrectTotals(report);

        for (ReportParser parser : Parsers.all().values()) {
            assertThat(parser.totals(parser.parse(report.file()))).isEqualTo(report.totals());
        }
        assertThat(Parsers.all()).containsKeys("delivery-gates", Parsers.GATE_DETAIL, Parsers.BASELINE);
    }

    @Test
    void failsWhenAParserReadsOtherTotals() throws Exception {
        GeneratedReport written = new JacocoReportGenerator(12).write(folder.resolve("r.xml"), 100_000);
        CoverageTotals right = written.totals();
        CoverageTotals wrong = new CoverageTotals(right.instruction(), right.branch(),
                right.line().plus(new Counter(1, 0)), right.complexity());

        assertThatIllegalStateException()
                .isThrownBy(() -> Parsers.requireCorrectTotals(new GeneratedReport(written.file(), written.bytes(), wrong)))
                .withMessageContaining("delivery-gates read").withMessageContaining(written.file().toString());
    }

    @Test
    void rejectsAnUnknownParserName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Parsers.named("sax"))
                .withMessageContaining("coverage-model");
    }
}
