package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSelectionTest {
    @TempDir
    Path dir;

    @Test
    void stepParametersAreCommaSeparatedPatterns() {
        ReportSelection selection = ReportSelection.ofPatterns(" a/jacoco.xml, **/b.xml ,", null, "  ", "c.xml");

        assertThat(selection.jacoco()).containsExactly("a/jacoco.xml", "**/b.xml");
        assertThat(selection.jacocoExec()).isEmpty();
        assertThat(selection.classes()).isEmpty();
        assertThat(selection.cobertura()).containsExactly("c.xml");
        assertThat(ReportSelection.ofPatterns(null, null, null, null).isEmpty()).isTrue();
    }

    @Test
    void globsFindReportsInSubfoldersAndTheBaseFolder() throws Exception {
        String report = "<report name=\"r\"><package name=\"p\"><class name=\"p/A\"><counter type=\"LINE\" missed=\"1\""
                + " covered=\"1\"/></class></package></report>";
        Files.createDirectories(dir.resolve("m1/target"));
        Files.writeString(dir.resolve("m1/target/jacoco.xml"), report);
        Files.writeString(dir.resolve("jacoco.xml"), report.replace("p/A", "p/B"));

        assertThat(ReportFiles.resolve(dir, "**/jacoco.xml", "jacoco"))
                .containsExactly(dir.resolve("jacoco.xml"), dir.resolve("m1/target/jacoco.xml"));
        assertThat(ReportFiles.resolve(dir, "m1/*/jacoco.xml", "jacoco")).containsExactly(dir.resolve("m1/target/jacoco.xml"));
        CoverageTree tree = new CoverageLoader().load(dir, new ReportSelection(List.of("**/jacoco.xml"), null, null, null));
        assertThat(tree.counters().get(Metric.LINE)).contains(new Counter(2, 2));
    }

    @Test
    void loaderNamesTheParametersAsTheCallerSpellsThem() {
        var loader = new CoverageLoader(ReportFiles.DEFAULT_MAX_BYTES, name -> "--" + name);

        assertThatThrownBy(() -> loader.load(dir, new ReportSelection(null, null, null, null)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_PARAMETER))
                .hasMessageContaining("--jacoco").hasMessageContaining("--cobertura");
        assertThatThrownBy(() -> loader.load(dir, new ReportSelection(null, List.of("x.exec"), null, null)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.source()).isEqualTo("--classes"));
        assertThatThrownBy(() -> loader.load(dir, new ReportSelection(null, null, List.of("classes"), List.of("c.xml"))))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.source()).isEqualTo("--classes"));
        assertThatThrownBy(() -> loader.load(dir, new ReportSelection(null, null, null, List.of("*.xml"))))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.source()).isEqualTo("--cobertura");
                });
    }
}
