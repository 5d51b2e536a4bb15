package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.coverage.gate.GateReport;
import io.deliverygates.coverage.gate.GateResult;
import io.deliverygates.coverage.gate.QualityGate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .exec} analysed against the classes of another build ({@link TwoBuilds}: two versions of one class
 * compiled with javac, the first run under JaCoCo's instrumentation, its execution data analysed against the second).
 */
class ClassMismatchTest {
    @TempDir
    Path dir;
    private Path build1;
    private Path build2;
    private Path exec;

    @BeforeEach
    void compileBothBuildsAndRunTheFirst() throws Exception {
        TwoBuilds builds = TwoBuilds.create(dir);
        build1 = builds.build1();
        build2 = builds.build2();
        exec = builds.exec();
    }

    @Test
    void theSameBuildMatches() {
        CoverageTree tree = new JacocoExecReader().read(List.of(exec), List.of(build1));

        assertThat(tree.classMismatch().any()).isFalse();
        assertThat(tree.counters().get(Metric.LINE).orElseThrow().covered()).isPositive();
    }

    @Test
    void anotherBuildsClassesAreListedAndWarnedAbout() {
        CoverageTree tree = new JacocoExecReader().read(List.of(exec), List.of(build2));
        QualityGate gate = QualityGate.parse(List.of("class>=0"), false, "--condition");

        GateResult result = gate.evaluate(tree, null);

        assertThat(tree.classMismatch().classes()).isEqualTo(1);
        assertThat(tree.classMismatch().examples()).containsExactly("mm.Calc");
        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("Some classes do not match with execution data: 1 class does not match")
                .contains("mm.Calc", exec.toString());
        assertThat(result.summary().classMismatch().classes()).isEqualTo(1);
        assertThat(result.toJson()).contains("\"warnings\"", "Some classes do not match with execution data",
                "\"classMismatch\"");
        assertThat(GateReport.text(result)).contains("WARNING: Some classes do not match");
        assertThat(GateReport.html(result, "t")).contains("class=\"warning\"");
    }

    @Test
    void failOnClassMismatchMakesItAnErrorNamingTheExecFile() {
        CoverageTree tree = new JacocoExecReader().read(List.of(exec), List.of(build2));
        QualityGate gate = QualityGate.parse(List.of("line>=0"), false, true, "--condition");

        assertThatThrownBy(() -> gate.evaluate(tree, null)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.INVALID_PARAMETER);
            assertThat(e.source()).isEqualTo(exec.toString());
            assertThat(e.getMessage()).contains("1 class does not match", "mm.Calc", "fail on class mismatch");
        });
        assertThat(gate.evaluate(new JacocoExecReader().read(List.of(exec), List.of(build1)), null).status())
                .isEqualTo(GateStatus.PASSED);
    }
}
