package io.deliverygates.cli;

import io.deliverygates.coverage.CoberturaXmlReader;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.JacocoXmlReader;
import io.deliverygates.coverage.gate.CoverageSummary;
import io.deliverygates.coverage.gate.GateReport;
import io.deliverygates.coverage.gate.GateResult;
import io.deliverygates.coverage.gate.QualityGate;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The quality gate on two real reports embedded in the jar: the JaCoCo XML report of this project's engine tests,
 * compared with the stored summary of an earlier build of it (so the delta shows), and a coverage.py report of a
 * small Python package (which has no instruction counts, so that condition is "not evaluated").
 */
final class CoverageDemoPart implements DemoPart {
    static final String RESOURCES = "/io/deliverygates/cli/demo/";
    static final List<String> JAVA_CONDITIONS = List.of("line>=80", "branch>=60:unstable", "line:delta>=-0.5",
            "instruction>=70@io.deliverygates.coverage*", "complexity.missed:delta<=10");
    static final List<String> PYTHON_CONDITIONS = List.of("line>=60", "branch>=60:unstable", "instruction>=50");

    @Override
    public String title() {
        return "Quality gate: coverage";
    }

    @Override
    public String directory() {
        return "quality-gate";
    }

    @Override
    public String description() {
        return "Runs the coverage gate on two real reports: this project's JaCoCo XML report against the stored"
                + " summary of an earlier build (so the delta conditions compare two builds) and a coverage.py"
                + " report (no instruction counts, so that condition is not evaluated).";
    }

    @Override
    public List<Page> write(Path dir, PrintWriter out) throws IOException {
        CoverageSummary reference = CoverageSummary.fromJson(text("engine-reference-summary.json"),
                "engine-reference-summary.json");
        try (InputStream java = resource("engine-jacoco.xml"); InputStream python = resource("coverage-py.xml")) {
            CoverageTree javaTree = new JacocoXmlReader().read(java, "engine-jacoco.xml");
            CoverageTree pythonTree = new CoberturaXmlReader().read(python, "coverage-py.xml");
            GateResult javaResult = gate(JAVA_CONDITIONS, javaTree, reference, "Java (JaCoCo XML, with a reference build)",
                    dir.resolve("java.html"), out);
            gate(PYTHON_CONDITIONS, pythonTree, null, "Python (coverage.py Cobertura XML, no reference)",
                    dir.resolve("python.html"), out);
            javaResult.summary().write(dir.resolve("java-summary.json"));
        }
        return List.of(new Page("java.html", "Java project: JaCoCo XML report against a reference build"),
                new Page("python.html", "Python project: coverage.py report"),
                new Page("java-summary.json", "Stored summary of the Java build (input of the next delta)"));
    }

    private static GateResult gate(List<String> conditions, CoverageTree tree, CoverageSummary reference, String title,
                                   Path html, PrintWriter out) {
        GateResult result = QualityGate.parse(conditions, false, "demo conditions").evaluate(tree, reference);
        GateCommand.write(html, GateReport.html(result, title));
        out.println("-- " + title + " -> " + html.getFileName());
        out.print(GateReport.text(result));
        return result;
    }

    /** A file of the demo's embedded data ({@link #RESOURCES}). */
    static InputStream resource(String name) {
        InputStream in = CoverageDemoPart.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("demo resource missing from the jar: " + name);
        }
        return in;
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
