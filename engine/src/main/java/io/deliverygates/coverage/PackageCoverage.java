package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.List;

/**
 * One package: {@code name} with dots ({@code com.acme}; empty for the default package). Its counters are those of
 * its source files plus those of classes without a source file, as JaCoCo computes them.
 */
public record PackageCoverage(String name, Counters counters, List<ClassCoverage> classes,
                              List<SourceFileCoverage> sourceFiles) implements Serializable {
    public PackageCoverage {
        classes = List.copyOf(classes);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** The name to show: {@code (default)} for the default package. */
    public String displayName() {
        return name.isEmpty() ? "(default)" : name;
    }
}
