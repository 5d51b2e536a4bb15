package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.GateStatus;
import io.deliverygates.coverage.gate.Condition;
import io.deliverygates.coverage.gate.CoverageSummary;
import io.deliverygates.coverage.gate.GateResult;
import io.deliverygates.coverage.gate.QualityGate;
import io.deliverygates.coverage.gate.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading only the detail a gate needs gives the same summary and result as reading everything, on real reports:
 * JaCoCo's own XML of a real run (whole, and split in two runs of the same code that share every package), the
 * .exec, and the Cobertura reports of coverage.py and gcovr.
 */
class GateDetailTest {
    private static final String SAMPLE = "io.deliverygates.coverage.sample";

    @TempDir
    static Path dir;

    @BeforeAll
    static void realReports() throws Exception {
        Path classes = JacocoRun.sampleClasses(dir);
        Path all = JacocoRun.execute(classes, SAMPLE + ".SampleMain", dir.resolve("all.exec"));
        JacocoRun.report(classes, List.of(all), dir);
        for (String run : List.of("ShapesRun", "GreeterRun")) {
            Path split = Files.createDirectories(dir.resolve("split").resolve(run));
            JacocoRun.report(classes, List.of(JacocoRun.execute(classes, SAMPLE + "." + run, split.resolve("a.exec"))),
                    split);
        }
        for (String name : List.of("coverage-py.xml", "gcovr.xml")) {
            try (InputStream in = GateDetailTest.class.getResourceAsStream("cobertura/" + name)) {
                Files.copy(in, Files.createDirectories(dir.resolve("cobertura")).resolve(name));
            }
        }
    }

    static Stream<Arguments> gatesAndReports() {
        List<List<String>> gates = List.of(
                List.of("line>=50", "branch>=10@" + SAMPLE + ".*", "instruction:delta>=-1@" + SAMPLE + ".other"),
                List.of("line>=50@class=*Shapes$*", "method>=1@class=" + SAMPLE + ".other.*",
                        "complexity.missed<=100@class=*Nothing*"),
                List.of("line>=50@file=*/Greeter.java", "branch:delta>=0@file=shop/*", "line>=10@file=calc.c"),
                List.of("line>=60@" + SAMPLE, "branch>=50@class=*Greeter*:unstable", "line>=70@file=*/Shapes.java"));
        List<ReportSelection> reports = List.of(
                new ReportSelection(List.of("jacoco.xml"), null, null, null),
                new ReportSelection(List.of("split/*/jacoco.xml"), null, null, null),
                new ReportSelection(List.of("jacoco.xml"), List.of("split/*/a.exec"), List.of("classes"), null),
                new ReportSelection(null, null, null, List.of("cobertura/*.xml")),
                new ReportSelection(List.of("split/ShapesRun/jacoco.xml"), null, null, List.of("cobertura/*.xml")));
        return gates.stream().flatMap(gate -> reports.stream().map(report -> Arguments.of(gate, report)));
    }

    @ParameterizedTest
    @MethodSource("gatesAndReports")
    void readingTheGatesDetailGivesTheSameSummaryAndResult(List<String> conditions, ReportSelection reports) {
        QualityGate gate = QualityGate.parse(conditions, false, "condition");
        CoverageLoader loader = new CoverageLoader();

        CoverageTree full = loader.load(dir, reports);
        CoverageTree reduced = loader.load(dir, reports, gate.requiredDetail());
        CoverageSummary reference = gate.summarize(loader.load(dir,
                new ReportSelection(List.of("split/GreeterRun/jacoco.xml"), null, null, List.of("cobertura/gcovr.xml"))));

        CoverageSummary reducedSummary = gate.summarize(reduced);
        CoverageSummary fullSummary = gate.summarize(full);
        assertThat(reducedSummary.totals()).isEqualTo(fullSummary.totals());
        assertThat(reducedSummary.scopes()).isEqualTo(fullSummary.scopes());
        for (Condition condition : gate.conditions()) {
            assertThat(reducedSummary.counters(condition.scope())).isEqualTo(fullSummary.counters(condition.scope()));
        }
        assertThat(fullSummary.packages()).containsAllEntriesOf(reducedSummary.packages());
        GateResult reducedResult = gate.evaluate(reduced, reference);
        GateResult fullResult = gate.evaluate(full, reference);
        assertThat(reducedResult.status()).isEqualTo(fullResult.status());
        assertThat(reducedResult.conditions()).isEqualTo(fullResult.conditions());
        assertThat(reducedResult.referenceAvailable()).isEqualTo(fullResult.referenceAvailable());
        assertThat(reduced.counters()).isEqualTo(full.counters());
        assertThat(reduced.sources()).isEqualTo(full.sources());
        assertThat(entries(reduced)).isLessThanOrEqualTo(entries(full));
    }

    @Test
    void aProjectGateKeepsNoPackagesClassesOrFiles() {
        QualityGate gate = QualityGate.parse(List.of("line>=50", "branch>=10"), false, "c");

        CoverageTree full = new JacocoXmlReader().read(dir.resolve("jacoco.xml"));
        CoverageTree reduced = new JacocoXmlReader().read(dir.resolve("jacoco.xml"), gate.requiredDetail());

        assertThat(gate.requiredDetail()).isEqualTo(CoverageDetail.TOTALS);
        assertThat(full.packages()).hasSizeGreaterThan(1).allMatch(PackageCoverage::complete);
        assertThat(reduced.packages()).isEmpty();
        assertThat(reduced.omitted().names())
                .containsExactlyInAnyOrderElementsOf(full.packages().stream().map(PackageCoverage::name).toList());
        assertThat(reduced.counters()).isEqualTo(full.counters());
        assertThat(gate.summarize(reduced).packages()).isEmpty();
    }

    @Test
    void aPackageGateKeepsOnlyTheTotalsOfThePackagesItsScopesMatch() {
        QualityGate gate = QualityGate.parse(List.of("line>=50", "branch>=10@" + SAMPLE), false, "c");

        CoverageTree full = new JacocoXmlReader().read(dir.resolve("jacoco.xml"));
        CoverageTree reduced = new JacocoXmlReader().read(dir.resolve("jacoco.xml"), gate.requiredDetail());

        assertThat(entries(full)).isGreaterThan(4);
        assertThat(entries(reduced)).isZero();
        assertThat(reduced.packages()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo(SAMPLE);
            assertThat(p.complete()).isFalse();
            assertThat(p.counters()).isEqualTo(full.packages().stream().filter(f -> f.name().equals(SAMPLE))
                    .findFirst().orElseThrow().counters());
        });
        assertThat(reduced.counters()).isEqualTo(full.counters());
    }

    @Test
    void aDeltaOnAScopeTheReferenceDidNotKeepHasNoReference() {
        QualityGate before = QualityGate.parse(List.of("line>=50"), false, "c");
        QualityGate after = QualityGate.parse(List.of("line:delta>=0@" + SAMPLE + ".*"), false, "c");
        CoverageTree tree = new JacocoXmlReader().read(dir.resolve("jacoco.xml"), before.requiredDetail());
        CoverageSummary reference = before.summarize(tree);

        GateResult result = after.evaluate(new JacocoXmlReader().read(dir.resolve("jacoco.xml"),
                after.requiredDetail()), reference);

        assertThat(reference.packages()).isEmpty();
        assertThat(result.conditions()).singleElement().satisfies(row -> {
            assertThat(row.verdict()).isEqualTo(Verdict.NO_REFERENCE);
            assertThat(row.status()).isEqualTo(GateStatus.PASSED);
            assertThat(row.message()).contains("the reference build has no line data in package=" + SAMPLE + ".*");
        });
    }

    @Test
    void aClassOrFileGateKeepsOnlyWhatItsScopesMatch() {
        QualityGate gate = QualityGate.parse(List.of("line>=50@class=*Shapes$*", "line>=50@file=*/Greeter.java"),
                false, "c");

        CoverageTree reduced = new JacocoXmlReader().read(dir.resolve("jacoco.xml"), gate.requiredDetail());

        List<ClassCoverage> classes = reduced.packages().stream().flatMap(p -> p.classes().stream()).toList();
        assertThat(classes).isNotEmpty().allMatch(c -> c.name().startsWith(SAMPLE + ".Shapes$"));
        assertThat(reduced.packages().stream().flatMap(p -> p.sourceFiles().stream()))
                .extracting(SourceFileCoverage::path).containsExactly("io/deliverygates/coverage/sample/Greeter.java");
        assertThat(gate.summarize(reduced).scopes().values()).doesNotContain(Counters.NONE);
    }

    @Test
    void aPackageFoundTwiceInOneReportIsReadAgainWhole(@TempDir Path groups) throws IOException {
        // jacoco:report-aggregate writes one group per module; two modules may share a package and even a class
        String group = "<group name=\"%s\"><package name=\"a\">"
                + "<class name=\"a/A\" sourcefilename=\"A.java\"><counter type=\"LINE\" missed=\"%d\" covered=\"%d\"/></class>"
                + "<sourcefile name=\"A.java\"><counter type=\"LINE\" missed=\"%2$d\" covered=\"%3$d\"/></sourcefile>"
                + "</package></group>";
        Path report = groups.resolve("jacoco.xml");
        Files.writeString(report, "<report name=\"r\">" + String.format(group, "one", 3, 1)
                + String.format(group, "two", 1, 3) + "</report>", StandardCharsets.UTF_8);
        QualityGate gate = QualityGate.parse(List.of("line>=50"), false, "c");

        CoverageTree full = new JacocoXmlReader().read(report);
        CoverageTree reduced = new JacocoXmlReader().read(report, gate.requiredDetail());

        assertThat(full.counters().get(Metric.LINE)).contains(new Counter(3, 1));
        assertThat(reduced.counters()).isEqualTo(full.counters());
        assertThat(reduced.packages()).singleElement().satisfies(p -> assertThat(p.complete()).isTrue());
    }

    @Test
    void reducedTreesSharingAPackageAreNotMergedInexactly() {
        CoverageTree first = new JacocoXmlReader().read(dir.resolve("split/ShapesRun/jacoco.xml"), CoverageDetail.TOTALS);
        CoverageTree second = new JacocoXmlReader().read(dir.resolve("split/GreeterRun/jacoco.xml"), CoverageDetail.TOTALS);

        assertThatThrownBy(() -> CoverageTree.merge(List.of(first, second)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SAMPLE);
    }

    @Test
    void keepingPackagesOfTheFullDetailIsTheFullDetail() {
        assertThat(CoverageDetail.ALL.keepingPackages(List.of("a"))).isSameAs(CoverageDetail.ALL);
        assertThat(CoverageDetail.TOTALS.keepingPackages(List.of("a")).packages()).containsExactly("a");
    }

    private static long entries(CoverageTree tree) {
        return tree.packages().stream().mapToLong(p -> p.classes().size() + p.sourceFiles().size()).sum();
    }
}
