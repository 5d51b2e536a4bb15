package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resolves a {@link ReportSelection} in a base folder, reads every report and merges them into one tree. */
public final class CoverageLoader {
    private final JacocoXmlReader jacocoXml;
    private final JacocoExecReader jacocoExec;
    private final CoberturaXmlReader cobertura;

    public CoverageLoader() {
        this(ReportFiles.DEFAULT_MAX_BYTES);
    }

    /** A loader that refuses report files larger than {@code maxBytes}. */
    public CoverageLoader(long maxBytes) {
        this.jacocoXml = new JacocoXmlReader(maxBytes);
        this.jacocoExec = new JacocoExecReader(maxBytes);
        this.cobertura = new CoberturaXmlReader(maxBytes);
    }

    /** Reads all selected reports (relative paths and globs against {@code baseDir}) into one merged tree. */
    public CoverageTree load(Path baseDir, ReportSelection selection) {
        if (selection.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, "reports",
                    "no coverage report given (jacoco, jacocoExec with classes, or cobertura)");
        }
        if (!selection.classes().isEmpty() && selection.jacocoExec().isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, "classes", "class folders only make sense with jacocoExec");
        }
        List<CoverageTree> trees = new ArrayList<>();
        for (String pattern : selection.jacoco()) {
            for (Path file : ReportFiles.resolve(baseDir, pattern, "jacoco")) {
                trees.add(jacocoXml.read(file));
            }
        }
        if (!selection.jacocoExec().isEmpty()) {
            trees.add(jacocoExec.read(resolveAll(baseDir, selection.jacocoExec(), "jacocoExec"),
                    resolveAll(baseDir, selection.classes(), "classes")));
        }
        for (String pattern : selection.cobertura()) {
            for (Path file : ReportFiles.resolve(baseDir, pattern, "cobertura")) {
                trees.add(cobertura.read(file));
            }
        }
        return CoverageTree.merge(trees);
    }

    private static List<Path> resolveAll(Path baseDir, List<String> patterns, String parameter) {
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            files.addAll(ReportFiles.resolve(baseDir, pattern, parameter));
        }
        return files;
    }
}
