package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Reads JaCoCo execution data ({@code jacoco.exec}) with the class files it was recorded for, through JaCoCo's own
 * analyzer, so the counters are exactly JaCoCo's. Several {@code .exec} files (split test runs) are merged before
 * the analysis, per class and probe, so a class covered in two runs is counted once with the union of its coverage.
 * Classes whose execution data has the same name but another class id (recorded for other class files) are listed
 * in the tree's {@link CoverageTree#classMismatch()}, as JaCoCo's {@code CoverageBuilder.getNoMatchClasses()}.
 */
public final class JacocoExecReader {
    private final long maxBytes;

    public JacocoExecReader() {
        this(ReportFiles.DEFAULT_MAX_BYTES);
    }

    public JacocoExecReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param execFiles       one or more {@code .exec} files
     * @param classLocations  class folders, {@code .class} files, jars (or wars/zips) holding the classes
     */
    public CoverageTree read(List<Path> execFiles, List<Path> classLocations) {
        if (execFiles.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, "jacocoExec", "no .exec file given");
        }
        if (classLocations.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, "classes",
                    "an .exec file needs the class folders or jars it was recorded for");
        }
        ExecFileLoader loader = new ExecFileLoader();
        for (Path exec : execFiles) {
            ReportFiles.check(exec, maxBytes);
            try {
                loader.load(exec.toFile());
            } catch (IOException | RuntimeException e) {
                boolean xml = startsWithXml(exec);
                throw new InputException(xml ? Problem.WRONG_FORMAT : Problem.MALFORMED, exec.toString(),
                        InputException.NO_LINE, "not JaCoCo execution data: " + why(e)
                                + (xml ? "; this is an XML report (use --jacoco / jacoco or --cobertura / cobertura)" : ""),
                        e);
            }
        }
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), builder);
        for (Path location : classLocations) {
            if (!Files.exists(location)) {
                throw new InputException(Problem.NOT_FOUND, location.toString(), "no such class folder or jar");
            }
            try {
                analyzer.analyzeAll(location.toFile());
            } catch (IOException e) {
                throw new InputException(Problem.MALFORMED, location.toString(), InputException.NO_LINE,
                        "cannot analyze classes: " + e.getMessage(), e);
            } catch (IllegalStateException e) {
                // CoverageBuilder: two different classes with the same name
                throw new InputException(Problem.INVALID_PARAMETER, location.toString(), InputException.NO_LINE,
                        e.getMessage(), e);
            }
        }
        if (builder.getClasses().isEmpty()) {
            throw new InputException(Problem.NOT_FOUND, "classes",
                    "no class files found in " + classLocations);
        }
        List<String> mismatched = builder.getNoMatchClasses().stream().map(c -> c.getName().replace('/', '.'))
                .sorted().toList();
        return toTree(builder.getBundle("execution data"), execFiles,
                ClassMismatch.of(mismatched, execFiles.stream().map(Path::toString).toList()));
    }

    private static CoverageTree toTree(IBundleCoverage bundle, List<Path> execFiles, ClassMismatch mismatch) {
        TreeBuilder tree = new TreeBuilder().classMismatch(mismatch);
        execFiles.forEach(exec -> tree.source(exec.toString()));
        for (IPackageCoverage pkg : bundle.getPackages()) {
            String packageName = pkg.getName().replace('/', '.');
            for (IClassCoverage c : pkg.getClasses()) {
                tree.addClass(packageName, new ClassCoverage(c.getName().replace('/', '.'), c.getSourceFileName(),
                        counters(c)));
            }
            for (ISourceFileCoverage f : pkg.getSourceFiles()) {
                String path = pkg.getName().isEmpty() ? f.getName() : pkg.getName() + "/" + f.getName();
                tree.addSourceFile(packageName, new SourceFileCoverage(path, counters(f)));
            }
        }
        return tree.build();
    }

    /** What went wrong reading an .exec; a truncated file gives an EOFException without a message. */
    private static String why(Exception e) {
        if (e instanceof EOFException) {
            return "the file ends in the middle of a record (truncated? was the test JVM killed while writing it?)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean startsWithXml(Path file) {
        try (var in = Files.newInputStream(file)) {
            int first = in.read();
            while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF || first == 0xBB
                    || first == 0xBF) {
                first = in.read();
            }
            return first == '<';
        } catch (IOException e) {
            return false;
        }
    }

    static Counters counters(ICoverageNode node) {
        Counters.Builder counters = Counters.builder();
        for (CounterEntity entity : CounterEntity.values()) {
            ICounter counter = node.getCounter(entity);
            counters.add(Metric.valueOf(entity.name()), counter.getCoveredCount(), counter.getMissedCount());
        }
        return counters.build();
    }
}
