package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our totals from a real JaCoCo run equal JaCoCo's own report, read from the XML and from the .exec. */
class RealJacocoRunTest {
    @TempDir
    static Path dir;
    static Path classes;
    static Path exec;

    @BeforeAll
    static void runJacoco() throws Exception {
        classes = JacocoRun.sampleClasses(dir);
        exec = JacocoRun.execute(classes, "io.deliverygates.coverage.sample.SampleMain", dir.resolve("jacoco.exec"));
        JacocoRun.report(classes, List.of(exec), dir);
    }

    @Test
    void xmlTotalsEqualJacocosCsvAndXmlTotals() throws Exception {
        CoverageTree tree = new JacocoXmlReader().read(dir.resolve("jacoco.xml"));

        Counters csv = JacocoTotals.fromCsv(dir.resolve("jacoco.csv"));
        assertThat(tree.counters()).isEqualTo(csv);
        assertThat(tree.counters()).isEqualTo(JacocoTotals.fromXmlReportElement(dir.resolve("jacoco.xml")));
        assertThat(tree.metrics()).containsExactlyInAnyOrder(Metric.values());
        // the run covers some but not all of every metric, so equality above is not trivially 0 = 0
        for (Metric metric : Metric.values()) {
            assertThat(csv.getOrEmpty(metric).covered()).as(metric.name()).isPositive();
            assertThat(csv.getOrEmpty(metric).missed()).as(metric.name()).isPositive();
        }
    }

    @Test
    void execTotalsEqualJacocosCsvTotals() throws Exception {
        CoverageTree tree = new JacocoExecReader().read(List.of(exec), List.of(classes));

        assertThat(tree.counters()).isEqualTo(JacocoTotals.fromCsv(dir.resolve("jacoco.csv")));
        assertThat(tree.sources()).containsExactly(exec.toString());
    }

    @Test
    void xmlAndExecGiveTheSameTree() {
        CoverageTree fromXml = new JacocoXmlReader().read(dir.resolve("jacoco.xml"));
        CoverageTree fromExec = new JacocoExecReader().read(List.of(exec), List.of(classes));

        assertThat(fromXml.packages()).extracting(PackageCoverage::name)
                .containsExactlyInAnyOrder("io.deliverygates.coverage.sample", "io.deliverygates.coverage.sample.other");
        for (PackageCoverage pkg : fromXml.packages()) {
            PackageCoverage same = fromExec.packages().stream().filter(p -> p.name().equals(pkg.name())).findFirst()
                    .orElseThrow();
            assertThat(same.counters()).isEqualTo(pkg.counters());
            assertThat(same.classes()).containsExactlyInAnyOrderElementsOf(pkg.classes());
            assertThat(same.sourceFiles()).containsExactlyInAnyOrderElementsOf(pkg.sourceFiles());
        }
        PackageCoverage sample = fromXml.packages().stream()
                .filter(p -> p.name().equals("io.deliverygates.coverage.sample")).findFirst().orElseThrow();
        assertThat(sample.classes()).extracting(ClassCoverage::name)
                .contains("io.deliverygates.coverage.sample.Shapes$Rectangle");
        assertThat(sample.sourceFiles()).extracting(SourceFileCoverage::path)
                .contains("io/deliverygates/coverage/sample/Shapes.java");
    }

    @Test
    void splitExecRunsAreMergedBeforeAnalysisLikeJacocoDoes(@TempDir Path split) throws Exception {
        Path first = JacocoRun.execute(classes, "io.deliverygates.coverage.sample.ShapesRun", split.resolve("a.exec"));
        Path second = JacocoRun.execute(classes, "io.deliverygates.coverage.sample.GreeterRun", split.resolve("b.exec"));
        JacocoRun.report(classes, List.of(first, second), split);

        CoverageTree merged = new JacocoExecReader().read(List.of(first, second), List.of(classes));
        CoverageTree onlyFirst = new JacocoExecReader().read(List.of(first), List.of(classes));

        assertThat(merged.counters()).isEqualTo(JacocoTotals.fromCsv(split.resolve("jacoco.csv")));
        assertThat(merged.counters().getOrEmpty(Metric.LINE).covered())
                .isGreaterThan(onlyFirst.counters().getOrEmpty(Metric.LINE).covered());
        // the same classes were analysed once: totals do not double
        assertThat(merged.counters().getOrEmpty(Metric.LINE).total())
                .isEqualTo(onlyFirst.counters().getOrEmpty(Metric.LINE).total());
    }

    @Test
    void execReaderTakesAJarToo(@TempDir Path jarDir) throws Exception {
        Path jar = jarDir.resolve("sample.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        CoverageTree fromJar = new JacocoExecReader().read(List.of(exec), List.of(jar));

        assertThat(fromJar.counters()).isEqualTo(JacocoTotals.fromCsv(dir.resolve("jacoco.csv")));
    }

    @Test
    void loaderFindsExecFilesAndClassFoldersByGlob() throws Exception {
        CoverageTree tree = new CoverageLoader().load(dir,
                new ReportSelection(null, List.of("*.exec"), List.of("**/classes"), null));

        assertThat(tree.counters()).isEqualTo(JacocoTotals.fromCsv(dir.resolve("jacoco.csv")));
    }

    @Test
    void anXmlReportGivenAsExecIsTheWrongFormat() {
        Path xml = dir.resolve("jacoco.xml");

        assertThatThrownBy(() -> new JacocoExecReader().read(List.of(xml), List.of(classes)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.WRONG_FORMAT);
                    assertThat(e.source()).isEqualTo(xml.toString());
                    assertThat(e.getMessage()).contains("use --jacoco");
                });
    }
}
