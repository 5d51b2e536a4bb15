package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Resolves a {@link ReportSelection} in a base folder, reads every report and merges them into one tree. */
public final class CoverageLoader {
    private final JacocoXmlReader jacocoXml;
    private final JacocoExecReader jacocoExec;
    private final CoberturaXmlReader cobertura;
    private final UnaryOperator<String> parameterName;

    public CoverageLoader() {
        this(ReportFiles.DEFAULT_MAX_BYTES);
    }

    /** A loader that refuses report files larger than {@code maxBytes}. */
    public CoverageLoader(long maxBytes) {
        this(maxBytes, UnaryOperator.identity());
    }

    /**
     * @param parameterName maps the selection's field names ({@code jacoco}, {@code jacocoExec}, {@code classes},
     *                      {@code cobertura}) to what the user typed, e.g. {@code --jacoco-exec}, for error messages
     */
    public CoverageLoader(long maxBytes, UnaryOperator<String> parameterName) {
        this.parameterName = parameterName;
        this.jacocoXml = new JacocoXmlReader(maxBytes);
        this.jacocoExec = new JacocoExecReader(maxBytes);
        this.cobertura = new CoberturaXmlReader(maxBytes);
    }

    /** Reads all selected reports (relative paths and globs against {@code baseDir}) into one merged tree. */
    public CoverageTree load(Path baseDir, ReportSelection selection) {
        if (selection.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, parameterName.apply("jacoco"),
                    "no coverage report given (" + parameterName.apply("jacoco") + ", " + parameterName.apply("jacocoExec")
                            + " with " + parameterName.apply("classes") + ", or " + parameterName.apply("cobertura") + ")");
        }
        if (!selection.classes().isEmpty() && selection.jacocoExec().isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, parameterName.apply("classes"),
                    "class folders only make sense with " + parameterName.apply("jacocoExec"));
        }
        if (!selection.jacocoExec().isEmpty() && selection.classes().isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, parameterName.apply("classes"),
                    "missing: " + parameterName.apply("jacocoExec") + " needs the class folders or jars it was recorded for");
        }
        List<CoverageTree> trees = new ArrayList<>();
        for (String pattern : selection.jacoco()) {
            for (Path file : ReportFiles.resolve(baseDir, pattern, parameterName.apply("jacoco"))) {
                trees.add(jacocoXml.read(file));
            }
        }
        if (!selection.jacocoExec().isEmpty()) {
            trees.add(jacocoExec.read(resolveAll(baseDir, selection.jacocoExec(), "jacocoExec", false),
                    resolveAll(baseDir, selection.classes(), "classes", true)));
        }
        for (String pattern : selection.cobertura()) {
            for (Path file : ReportFiles.resolve(baseDir, pattern, parameterName.apply("cobertura"))) {
                trees.add(cobertura.read(file));
            }
        }
        return CoverageTree.merge(trees);
    }

    private List<Path> resolveAll(Path baseDir, List<String> patterns, String parameter, boolean folders) {
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            files.addAll(ReportFiles.resolve(baseDir, pattern, parameterName.apply(parameter), folders));
        }
        return files;
    }
}
