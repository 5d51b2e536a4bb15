package io.deliverygates.coverage.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageSummaryTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsThroughJson() {
        CoverageSummary summary = CoverageSummary.of(QualityGateTest.CURRENT,
                List.of(Scope.PROJECT, new Scope(Scope.Kind.PACKAGE, "com.acme.*"), new Scope(Scope.Kind.CLASS, "*Service"),
                        new Scope(Scope.Kind.FILE, "none")));
        Path file = dir.resolve("nested/summary.json");

        summary.write(file);

        assertThat(CoverageSummary.read(file)).isEqualTo(summary);
        assertThat(summary.packages()).containsOnlyKeys("com.acme.core", "com.acme.web");
        assertThat(summary.scopes()).containsOnlyKeys("class=*Service", "file=none");
        assertThat(CoverageSummary.of(QualityGateTest.CURRENT, List.of(new Scope(Scope.Kind.CLASS, "*Service")))
                .packages()).as("only package scopes store packages").isEmpty();
        assertThat(summary.counters(new Scope(Scope.Kind.FILE, "none"))).isEmpty();
        assertThat(summary.counters(new Scope(Scope.Kind.CLASS, "unknown"))).isEmpty();
    }

    private void assertProblem(String content, Problem problem) throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), content);
        assertThatThrownBy(() -> CoverageSummary.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.source()).isEqualTo(file.toString());
        });
    }

    @Test
    void badSummariesAreClearErrors() throws Exception {
        assertProblem("", Problem.EMPTY);
        assertProblem("   \n", Problem.EMPTY);
        assertProblem("{\"formatVersion\": 1, \"totals\": ", Problem.MALFORMED);
        assertProblem("{\"name\": \"something else\"}", Problem.WRONG_FORMAT);
        assertProblem("{\"formatVersion\": 1, \"totals\": {\"LINE\": {\"covered\": -1, \"missed\": 0}}}",
                Problem.MALFORMED);
        assertThatThrownBy(() -> CoverageSummary.read(dir.resolve("missing.json")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }
}
