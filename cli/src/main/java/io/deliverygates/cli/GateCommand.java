package io.deliverygates.cli;

import io.deliverygates.common.TextFiles;
import io.deliverygates.coverage.CoverageLoader;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.ReportFiles;
import io.deliverygates.coverage.ReportSelection;
import io.deliverygates.coverage.gate.CoverageSummary;
import io.deliverygates.coverage.gate.GateReport;
import io.deliverygates.coverage.gate.GateResult;
import io.deliverygates.coverage.gate.QualityGate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code delivery-gates gate}: reads coverage reports, evaluates conditions, exits with the gate's status. */
@Command(name = "gate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Quality gate on code coverage: checks conditions on JaCoCo and Cobertura reports.",
            "Reads JaCoCo XML, JaCoCo .exec (with class folders/jars) and Cobertura XML reports and merges them.",
            "See docs/quality-gate.md.",
            "Exit code: 0 passed, 1 unstable, 2 failed, 3-10 usage or input problem."},
        footer = {"", "Examples:",
            "  delivery-gates gate --jacoco 'target/site/jacoco/jacoco.xml' --condition 'line>=80'",
            "  delivery-gates gate --jacoco '**/jacoco.xml' --condition 'branch>=60:unstable' \\",
            "      --condition 'line:delta>=-0.5' --reference-summary prev.json --summary-out summary.json",
            "  delivery-gates gate --cobertura coverage.xml --condition 'line>=75' --json"})
final class GateCommand implements Callable<Integer> {
    /** The engine's parameter names as this command spells them, for error messages. */
    private static final Map<String, String> OPTION_NAMES = Map.of("jacoco", "--jacoco", "jacocoExec", "--jacoco-exec",
            "classes", "--classes", "cobertura", "--cobertura");

    @Spec
    CommandSpec spec;

    @Option(names = "--jacoco", paramLabel = "FILE|GLOB", description = "JaCoCo XML report(s); repeatable.")
    List<String> jacoco = new ArrayList<>();

    @Option(names = "--jacoco-exec", paramLabel = "FILE|GLOB",
            description = "JaCoCo execution data (.exec); repeatable, merged before analysis. Needs --classes.")
    List<String> jacocoExec = new ArrayList<>();

    @Option(names = "--classes", paramLabel = "DIR|JAR",
            description = "Class folder or jar the .exec data was recorded for; repeatable.")
    List<String> classes = new ArrayList<>();

    @Option(names = "--cobertura", paramLabel = "FILE|GLOB",
            description = "Cobertura XML report(s) (coverage.py, gcovr, ...); repeatable.")
    List<String> cobertura = new ArrayList<>();

    @Option(names = "--condition", paramLabel = "SPEC",
            description = "A condition, e.g. line>=80, branch>=60:unstable, line:delta>=-0.5, "
                    + "instruction>=70@com.acme.*; repeatable.")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--reference-summary", paramLabel = "FILE",
            description = "Summary of the reference build (from --summary-out) for delta conditions.")
    Path referenceSummary;

    @Option(names = "--summary-out", paramLabel = "FILE", description = "Write this build's coverage summary here.")
    Path summaryOut;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the result as an HTML page.")
    Path html;

    @Option(names = "--fail-on-missing-metric",
            description = "Fail when a condition cannot be evaluated (metric missing from the report, scope matching"
                    + " nothing) instead of passing with a note.")
    boolean failOnMissingMetric;

    @Option(names = "--fail-on-class-mismatch",
            description = "Fail (exit 3) when classes do not match the --jacoco-exec data (class files of another"
                    + " build) instead of passing with a warning.")
    boolean failOnClassMismatch;

    @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = ".",
            description = "Folder relative paths and globs start from (default: the current folder).")
    Path baseDir;

    @Override
    public Integer call() {
        QualityGate gate = QualityGate.parse(conditions, failOnMissingMetric, failOnClassMismatch,
                "--condition");
        CoverageSummary reference = referenceSummary == null ? null : CoverageSummary.read(referenceSummary);
        CoverageTree tree = new CoverageLoader(ReportFiles.DEFAULT_MAX_BYTES,
                name -> OPTION_NAMES.getOrDefault(name, name))
                .load(baseDir, new ReportSelection(jacoco, jacocoExec, classes, cobertura), gate.requiredDetail());
        GateResult result = gate.evaluate(tree, reference);
        if (summaryOut != null) {
            result.summary().write(summaryOut);
        }
        if (html != null) {
            write(html, GateReport.html(result, "Quality gate: " + result.status()));
        }
        spec.commandLine().getOut().print(json ? result.toJson() + System.lineSeparator() : GateReport.text(result));
        spec.commandLine().getOut().flush();
        return ExitCodes.of(result.status());
    }

    static void write(Path file, String content) {
        TextFiles.write(file, content, "report");
    }
}
