package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Real coverage.py and gcovr reports: our totals equal the totals the tools wrote on the root element. */
class CoberturaXmlReaderTest {

    private static Path resource(String name) throws Exception {
        return Path.of(CoberturaXmlReaderTest.class.getResource("cobertura/" + name).toURI());
    }

    private static long rootAttribute(Path report, String attribute) throws Exception {
        Matcher m = Pattern.compile("<coverage [^>]*\\b" + attribute + "=\"(\\d+)\"").matcher(Files.readString(report));
        assertThat(m.find()).as(attribute).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static void assertTotalsEqualTheTools(Path report, CoverageTree tree) throws Exception {
        Counter line = tree.counters().get(Metric.LINE).orElseThrow();
        assertThat(line.covered()).isEqualTo(rootAttribute(report, "lines-covered")).isPositive();
        assertThat(line.total()).isEqualTo(rootAttribute(report, "lines-valid")).isGreaterThan(line.covered());
        Counter branch = tree.counters().get(Metric.BRANCH).orElseThrow();
        assertThat(branch.covered()).isEqualTo(rootAttribute(report, "branches-covered")).isPositive();
        assertThat(branch.total()).isEqualTo(rootAttribute(report, "branches-valid")).isGreaterThan(branch.covered());
    }

    @Test
    void coveragePyReportGivesLineAndBranchLikeCoveragePy() throws Exception {
        Path report = resource("coverage-py.xml");

        CoverageTree tree = new CoberturaXmlReader().read(report);

        assertTotalsEqualTheTools(report, tree);
        // coverage.py writes no methods, no instructions, no complexity
        assertThat(tree.metrics()).containsExactlyInAnyOrder(Metric.LINE, Metric.BRANCH);
        assertThat(tree.packages()).extracting(PackageCoverage::name).containsExactly("shop");
        PackageCoverage shop = tree.packages().get(0);
        assertThat(shop.sourceFiles()).extracting(SourceFileCoverage::path)
                .containsExactly("shop/__init__.py", "shop/pricing.py", "shop/report.py");
        SourceFileCoverage report2 = shop.sourceFiles().get(2);
        assertThat(report2.counters().get(Metric.LINE)).contains(new Counter(1, 4));
    }

    @Test
    void gcovrReportWithRemoteDoctypeGivesLineAndBranchLikeGcovr() throws Exception {
        Path report = resource("gcovr.xml");
        assertThat(Files.readString(report)).contains("<!DOCTYPE coverage SYSTEM 'http://");

        CoverageTree tree = new CoberturaXmlReader().read(report);

        assertTotalsEqualTheTools(report, tree);
        assertThat(tree.packages()).extracting(PackageCoverage::name).containsExactly("");
        assertThat(tree.packages().get(0).sourceFiles()).extracting(SourceFileCoverage::path).containsExactly("calc.c");
    }

    @Test
    void methodsAreCountedWhereTheReportHasThem() {
        String xml = "<coverage><packages><package name=\"com.acme\"><classes>"
                + "<class name=\"com.acme.Foo\" filename=\"com/acme/Foo.java\"><methods>"
                + "<method name=\"a\" signature=\"()V\"><lines><line number=\"3\" hits=\"2\"/></lines></method>"
                + "<method name=\"b\" signature=\"()V\"><lines><line number=\"5\" hits=\"0\"/></lines></method>"
                + "</methods><lines><line number=\"3\" hits=\"2\" branch=\"true\" condition-coverage=\"50% (1/2)\"/>"
                + "<line number=\"5\" hits=\"0\"/></lines></class>"
                + "<class name=\"com.acme.Foo$1\" filename=\"com/acme/Foo.java\"><lines><line number=\"9\" hits=\"1\"/>"
                + "</lines></class></classes></package></packages></coverage>";

        CoverageTree tree = new CoberturaXmlReader().read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "inline.xml");

        assertThat(tree.counters().get(Metric.METHOD)).contains(new Counter(1, 1));
        assertThat(tree.counters().get(Metric.LINE)).contains(new Counter(2, 1));
        assertThat(tree.counters().get(Metric.BRANCH)).contains(new Counter(1, 1));
        PackageCoverage pkg = tree.packages().get(0);
        assertThat(pkg.classes()).hasSize(2);
        assertThat(pkg.sourceFiles()).singleElement()
                .satisfies(file -> assertThat(file.counters()).isEqualTo(tree.counters()));
    }

    @Test
    void coveragePyReportWithNonAsciiNamesEmptyPackagesAndEmptyFiles() throws Exception {
        Path report = resource("coverage-py-unicode.xml");

        CoverageTree tree = new CoberturaXmlReader().read(report);

        assertTotalsEqualTheTools(report, tree);
        assertThat(tree.packages()).extracting(PackageCoverage::name)
                .containsExactlyInAnyOrder("app", "app.empty_pkg", "app.sub", "app.\u00fcn\u00ef");
        PackageCoverage unicode = tree.packages().stream().filter(p -> p.name().equals("app.\u00fcn\u00ef"))
                .findFirst().orElseThrow();
        // python3-coverage report: calc_\u00df.py 12 statements, 1 missed, 8 branches, 7 taken
        assertThat(unicode.sourceFiles()).filteredOn(f -> f.path().endsWith("calc_\u00df.py")).singleElement()
                .satisfies(f -> {
                    assertThat(f.counters().get(Metric.LINE)).contains(new Counter(11, 1));
                    assertThat(f.counters().get(Metric.BRANCH)).contains(new Counter(7, 1));
                });
        PackageCoverage empty = tree.packages().stream().filter(p -> p.name().equals("app.empty_pkg")).findFirst()
                .orElseThrow();
        assertThat(empty.counters().get(Metric.LINE)).isEmpty();
    }

    @Test
    void gcovrReportWithAHeaderInANonAsciiFolder() throws Exception {
        Path report = resource("gcovr-subdirs.xml");

        CoverageTree tree = new CoberturaXmlReader().read(report);

        assertTotalsEqualTheTools(report, tree);
        assertThat(tree.packages()).extracting(PackageCoverage::name).containsExactlyInAnyOrder("src",
                "src.\u00fctil");
        // gcovr --print-summary: branches 7 out of 17 (src/main.c 6 of 15, the header 1 of 2)
        assertThat(tree.packages().stream().filter(p -> p.name().equals("src.\u00fctil")).findFirst().orElseThrow()
                .counters().get(Metric.BRANCH)).contains(new Counter(1, 1));
    }

    @Test
    void windowsFileNamesAreReadWithSlashesSoTheyMatchAndMerge() {
        String windows = "<coverage><packages><package name=\"Src.App\"><classes>"
                + "<class name=\"A\" filename=\"src\\App\\A.cs\"><lines><line number=\"1\" hits=\"1\"/>"
                + "<line number=\"2\" hits=\"0\"/></lines></class></classes></package></packages></coverage>";
        String linux = windows.replace("src\\App\\A.cs", "src/App/A.cs").replace("hits=\"0\"", "hits=\"3\"");

        CoverageTree fromWindows = new CoberturaXmlReader().read(
                new ByteArrayInputStream(windows.getBytes(StandardCharsets.UTF_8)), "windows.xml");
        CoverageTree fromLinux = new CoberturaXmlReader().read(
                new ByteArrayInputStream(linux.getBytes(StandardCharsets.UTF_8)), "linux.xml");

        assertThat(fromWindows.packages().get(0).sourceFiles()).extracting(SourceFileCoverage::path)
                .containsExactly("src/App/A.cs");
        CoverageTree merged = CoverageTree.merge(java.util.List.of(fromWindows, fromLinux));
        assertThat(merged.counters().get(Metric.LINE)).contains(new Counter(2, 0));
    }
}
