package io.deliverygates.coverage.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.coverage.CoverageTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateReportTest {
    @Test
    void htmlEscapesNamesFromTheReport() {
        CoverageTree hostile = QualityGateTest.jacoco(QualityGateTest.pkg("x/&lt;img src=x onerror=alert(1)&gt;",
                "A", 1, 1, ""));
        GateResult result = QualityGate.parse(List.of("line>=10@*img*"), false, "c").evaluate(hostile, null);

        String html = GateReport.html(result, "Gate <b>1</b>");

        assertThat(html).doesNotContain("<img").doesNotContain("<b>1</b>")
                .contains("x.&lt;img src=x onerror=alert(1)&gt;").contains("Gate &lt;b&gt;1&lt;/b&gt;")
                .contains("<td class=\"PASSED\">PASSED</td>").contains("50.00% (1/2)");
    }

    @Test
    void textHasOneLinePerConditionAndTheTotals() {
        GateResult result = QualityGate.parse(List.of("line>=40", "line>=60:unstable"), false, "c")
                .evaluate(QualityGateTest.CURRENT, null);

        String text = GateReport.text(result);

        assertThat(text.lines()).hasSize(4);
        assertThat(text).startsWith("Quality gate: UNSTABLE\n")
                .contains("  UNSTABLE VIOLATED      line coverage 50.00% (10/20) does not meet >= 60%")
                .contains("Coverage: branch 75.00% (3/4), line 50.00% (10/20)");
    }
}
