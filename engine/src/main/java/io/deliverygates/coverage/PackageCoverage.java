package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.List;

/**
 * One package: {@code name} with dots ({@code com.acme}; empty for the default package). Its counters are those of
 * its source files plus those of classes without a source file, as JaCoCo computes them.
 *
 * @param complete whether {@code classes} and {@code sourceFiles} list everything in the package; false when a
 *                 reading with a reduced {@link CoverageDetail} kept only some of them (the counters are exact either
 *                 way)
 */
public record PackageCoverage(String name, Counters counters, List<ClassCoverage> classes,
                              List<SourceFileCoverage> sourceFiles, boolean complete) implements Serializable {
    public PackageCoverage {
        classes = List.copyOf(classes);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** A package with all its classes and source files. */
    public PackageCoverage(String name, Counters counters, List<ClassCoverage> classes,
                           List<SourceFileCoverage> sourceFiles) {
        this(name, counters, classes, sourceFiles, true);
    }

    /** The name to show: {@code (default)} for the default package. */
    public String displayName() {
        return name.isEmpty() ? "(default)" : name;
    }
}
