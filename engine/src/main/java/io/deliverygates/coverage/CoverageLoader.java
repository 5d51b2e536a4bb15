package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

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

    /**
     * Reads all selected reports (relative paths and globs against {@code baseDir}) into one merged tree with every
     * class and source file.
     */
    public CoverageTree load(Path baseDir, ReportSelection selection) {
        return load(baseDir, selection, CoverageDetail.ALL);
    }

    /**
     * Reads all selected reports into one merged tree that keeps the XML reports' classes and source files only as
     * far as {@code detail} asks (a quality gate's {@code requiredDetail()}); the totals are those of
     * {@link #load(Path, ReportSelection)}. A package found in several reports is kept whole (those reports are read
     * a second time) so that the merge stays exact. A {@code .exec} tree is always whole: JaCoCo's analyzer builds
     * every class's coverage in memory anyway.
     */
    public CoverageTree load(Path baseDir, ReportSelection selection, CoverageDetail detail) {
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
        // In the order of the full reading: JaCoCo XML, .exec, Cobertura (null stands for the .exec tree).
        List<XmlReport> reports = new ArrayList<>();
        for (String pattern : selection.jacoco()) {
            for (Path file : ReportFiles.resolve(baseDir, pattern, parameterName.apply("jacoco"))) {
                reports.add(new XmlReport(jacocoXml, file));
            }
        }
        if (!selection.jacocoExec().isEmpty()) {
            reports.add(null);
        }
        for (String pattern : selection.cobertura()) {
            for (Path file : ReportFiles.resolve(baseDir, pattern, parameterName.apply("cobertura"))) {
                reports.add(new XmlReport(cobertura, file));
            }
        }
        List<CoverageTree> trees = new ArrayList<>();
        for (XmlReport report : reports) {
            trees.add(report != null ? report.read(detail)
                    : jacocoExec.read(resolveAll(baseDir, selection.jacocoExec(), "jacocoExec", false),
                    resolveAll(baseDir, selection.classes(), "classes", true)));
        }
        Set<String> shared = sharedPackages(trees);
        for (int i = 0; i < reports.size(); i++) {
            boolean folded = trees.get(i).packages().stream()
                    .anyMatch(pkg -> !pkg.complete() && shared.contains(pkg.name()))
                    || trees.get(i).omitted().names().stream().anyMatch(shared::contains);
            if (folded && reports.get(i) != null) {
                trees.set(i, reports.get(i).read(detail.keepingPackages(shared)));
            }
        }
        CoverageTree merged = CoverageTree.merge(trees);
        if (merged.metrics().isEmpty()) {
            // nothing measured at all (no package, or only files without a line): the gate could not check anything
            String source = reports.size() == 1 && reports.get(0) != null ? reports.get(0).file().toString()
                    : parameterName.apply(!selection.jacoco().isEmpty() ? "jacoco"
                            : !selection.jacocoExec().isEmpty() ? "jacocoExec" : "cobertura");
            throw new InputException(Problem.EMPTY, source, reports.size() == 1
                    ? "the report holds no coverage data (no class or file with any counter); did the tests run?"
                    : "none of the " + reports.size() + " reports holds coverage data (no class or file with any"
                            + " counter); did the tests run?");
        }
        return merged;
    }

    /** Package names found in more than one tree. */
    private static Set<String> sharedPackages(List<CoverageTree> trees) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new TreeSet<>();
        for (CoverageTree tree : trees) {
            Stream.concat(tree.packages().stream().map(PackageCoverage::name), tree.omitted().names().stream())
                    .filter(name -> !seen.add(name))
                    .forEach(shared::add);
        }
        return shared;
    }

    /** An XML report file with the reader for its format. */
    private record XmlReport(XmlCoverageReader reader, Path file) {
        CoverageTree read(CoverageDetail detail) {
            return reader.read(file, detail);
        }
    }

    private List<Path> resolveAll(Path baseDir, List<String> patterns, String parameter, boolean folders) {
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            files.addAll(ReportFiles.resolve(baseDir, pattern, parameterName.apply(parameter), folders));
        }
        return files;
    }
}
