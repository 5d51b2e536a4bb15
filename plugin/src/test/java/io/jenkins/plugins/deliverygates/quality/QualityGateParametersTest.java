package io.jenkins.plugins.deliverygates.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.coverage.ReportSelection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QualityGateParametersTest {
    private static QualityGateParameters reports(String jacoco, String cobertura) {
        return new QualityGateParameters(jacoco, null, null, cobertura, List.of(), null, false);
    }

    @Test
    void splitsCommaSeparatedGlobsAndDropsBlanks() {
        ReportSelection selection = reports(" a/jacoco.xml, **/b/jacoco.xml ,, ", null).reports();

        assertThat(selection.jacoco()).containsExactly("a/jacoco.xml", "**/b/jacoco.xml");
        assertThat(selection.cobertura()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../secrets/master.key", "reports/../../x.xml", "C:/x.xml", "..\\x.xml"})
    void refusesPathsOutsideTheWorkspace(String path) {
        assertThatThrownBy(() -> reports("ok.xml", path).reports())
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cobertura: '" + path + "' is outside the workspace")
                .extracting(e -> ((InputException) e).problem()).isEqualTo(InputException.Problem.UNSAFE);
    }

    @Test
    void acceptsDotsThatStayInside() {
        assertThat(reports("./target/..jacoco.xml", null).reports().jacoco()).containsExactly("./target/..jacoco.xml");
    }

    @Test
    void conditionsFromTheFormAreOnePerLine() {
        assertThat(QualityGateParameters.conditionLines(Arrays.asList("line>=80\r\n\n  branch>=60:unstable ", null, "")))
                .containsExactly("line>=80", "branch>=60:unstable");
        assertThat(QualityGateParameters.conditionsText(List.of("line>=80", "branch>=60")))
                .isEqualTo("line>=80\nbranch>=60");
        assertThat(QualityGateParameters.conditionsText(List.of())).isNull();
    }

    @Test
    void badConditionNamesTheParameter() {
        QualityGateParameters parameters = new QualityGateParameters(null, null, null, null, List.of("lines>=80"),
                null, false);

        assertThatThrownBy(parameters::gate).isInstanceOf(InputException.class).hasMessageStartingWith("conditions: ");
    }
}
