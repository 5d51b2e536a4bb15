package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.IReportGroupVisitor;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.csv.CSVFormatter;
import org.jacoco.report.xml.XMLFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real multi-module JaCoCo report as {@code report-aggregate} writes it: nested groups, one module compiled without
 * debug information ({@code javac -g:none}: no line numbers, no source file name), and a package split across two
 * modules. Our totals must be JaCoCo's own (the {@code <report>} element's counters and its CSV report).
 */
class JacocoGroupsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void buildRunAndReport() throws Exception {
        Path a = compile("module-a", List.of("-g"),
                "split/Alpha.java", """
                package split;
                public class Alpha implements Runnable {
                    public int sign(int x) { if (x > 0) { return 1; } else if (x < 0) { return -1; } return 0; }
                    public void run() { sign(3); sign(0); }
                }""",
                "onlya/Unused.java", """
                package onlya;
                public class Unused { public int twice(int x) { return x > 2 ? x * 2 : x; } }""");
        Path b = compile("module-b", List.of("-g:none"),
                "split/Beta.java", """
                package split;
                public class Beta implements Runnable {
                    int n;
                    public void run() { for (int i = 0; i < 3; i++) { if (i % 2 == 0) { n++; } } }
                    public void never() { n = n > 1 ? 0 : 1; }
                }""",
                "nodebug/Gamma.java", """
                package nodebug;
                public class Gamma { public int half(int x) { return x / 2; } }""");
        Path execA = JacocoRun.execute(a, "split.Alpha", dir.resolve("a.exec"));
        Path execB = JacocoRun.execute(b, "split.Beta", dir.resolve("b.exec"));
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(execA.toFile());
        loader.load(execB.toFile());
        try (OutputStream xml = Files.newOutputStream(dir.resolve("jacoco.xml"));
             OutputStream csv = Files.newOutputStream(dir.resolve("jacoco.csv"))) {
            for (IReportVisitor visitor : List.of(new XMLFormatter().createVisitor(xml),
                    new CSVFormatter().createVisitor(csv))) {
                visitor.visitInfo(loader.getSessionInfoStore().getInfos(),
                        loader.getExecutionDataStore().getContents());
                IReportGroupVisitor all = visitor.visitGroup("aggregate");
                all.visitBundle(bundle(loader, a, "module-a"), null);
                all.visitGroup("nested").visitBundle(bundle(loader, b, "module-b"), null);
                visitor.visitEnd();
            }
        }
    }

    private static IBundleCoverage bundle(ExecFileLoader loader, Path classes, String name) throws IOException {
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
        return builder.getBundle(name);
    }

    /** Compiles the sources with the JDK's compiler into {@code dir/NAME}. */
    private static Path compile(String name, List<String> options, String... pathsAndSources) throws IOException {
        Path src = Files.createDirectories(dir.resolve(name + "-src"));
        Path out = Files.createDirectories(dir.resolve(name));
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-d", out.toString()));
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            Path file = src.resolve(pathsAndSources[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndSources[i + 1]);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        return out;
    }

    @Test
    void totalsAreThoseOfJacocosReportElementAndCsv() throws Exception {
        CoverageTree tree = new JacocoXmlReader().read(dir.resolve("jacoco.xml"));

        Counters report = reportElementCounters(dir.resolve("jacoco.xml"));
        assertThat(tree.counters()).isEqualTo(report);
        assertThat(tree.counters()).isEqualTo(JacocoTotals.fromCsv(dir.resolve("jacoco.csv")));
        // the no-debug module contributes instructions and branches but no lines: the line total is module A's alone
        assertThat(tree.counters().getOrEmpty(Metric.BRANCH).missed()).isPositive();
        assertThat(tree.counters().getOrEmpty(Metric.INSTRUCTION).covered()).isPositive();
    }

    @Test
    void classesWithoutDebugInformationCountInTheirPackage() {
        CoverageTree tree = new JacocoXmlReader().read(dir.resolve("jacoco.xml"));

        PackageCoverage nodebug = tree.packages().stream().filter(p -> p.name().equals("nodebug")).findFirst()
                .orElseThrow();
        assertThat(nodebug.counters().getOrEmpty(Metric.INSTRUCTION).missed()).isPositive();
        assertThat(nodebug.counters().getOrEmpty(Metric.LINE).total()).isZero();
        PackageCoverage split = tree.packages().stream().filter(p -> p.name().equals("split")).findFirst()
                .orElseThrow();
        assertThat(split.classes()).extracting(ClassCoverage::name).containsExactlyInAnyOrder("split.Alpha",
                "split.Beta");
        // Beta (no source file name) counts through its class, Alpha through its source file
        long expected = split.classes().stream().mapToLong(c -> c.counters().getOrEmpty(Metric.INSTRUCTION).total())
                .sum();
        assertThat(split.counters().getOrEmpty(Metric.INSTRUCTION).total()).isEqualTo(expected);
    }

    /** The counters JaCoCo wrote on the report element: the ones after the last closing group. */
    private static Counters reportElementCounters(Path xml) throws IOException {
        String text = Files.readString(xml);
        String tail = text.substring(text.lastIndexOf("</group>"));
        Counters.Builder sum = Counters.builder();
        Matcher m = Pattern.compile("<counter type=\"(\\w+)\" missed=\"(\\d+)\" covered=\"(\\d+)\"/>").matcher(tail);
        int found = 0;
        while (m.find()) {
            found++;
            sum.add(Metric.valueOf(m.group(1)), Long.parseLong(m.group(3)), Long.parseLong(m.group(2)));
        }
        assertThat(found).isPositive();
        return sum.build();
    }
}
