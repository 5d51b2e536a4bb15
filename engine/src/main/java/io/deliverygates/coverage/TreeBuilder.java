package io.deliverygates.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects classes and source files by package and computes the totals the way JaCoCo does: a package counts its
 * source files plus its classes without source file; the project counts its packages. A class or file added twice
 * is kept once, with per metric the better covered copy.
 */
final class TreeBuilder {
    private final List<String> sources = new ArrayList<>();
    private final Map<String, PackageParts> packages = new LinkedHashMap<>();

    TreeBuilder source(String source) {
        sources.add(source);
        return this;
    }

    TreeBuilder addClass(String packageName, ClassCoverage coverage) {
        parts(packageName).classes.merge(coverage.name(), coverage,
                (a, b) -> new ClassCoverage(a.name(), a.sourceFile() != null ? a.sourceFile() : b.sourceFile(),
                        a.counters().better(b.counters())));
        return this;
    }

    TreeBuilder addSourceFile(String packageName, SourceFileCoverage coverage) {
        parts(packageName).files.merge(coverage.path(), coverage,
                (a, b) -> new SourceFileCoverage(a.path(), a.counters().better(b.counters())));
        return this;
    }

    void addAll(CoverageTree tree) {
        sources.addAll(tree.sources());
        for (PackageCoverage pkg : tree.packages()) {
            pkg.classes().forEach(c -> addClass(pkg.name(), c));
            pkg.sourceFiles().forEach(f -> addSourceFile(pkg.name(), f));
        }
    }

    private PackageParts parts(String packageName) {
        return packages.computeIfAbsent(packageName, name -> new PackageParts());
    }

    CoverageTree build() {
        Counters.Builder total = Counters.builder();
        List<PackageCoverage> result = new ArrayList<>(packages.size());
        packages.forEach((name, parts) -> {
            Counters.Builder counters = Counters.builder();
            parts.files.values().forEach(f -> counters.add(f.counters()));
            parts.classes.values().stream().filter(c -> c.sourceFile() == null).forEach(c -> counters.add(c.counters()));
            PackageCoverage pkg = new PackageCoverage(name, counters.build(),
                    new ArrayList<>(parts.classes.values()), new ArrayList<>(parts.files.values()));
            total.add(pkg.counters());
            result.add(pkg);
        });
        return new CoverageTree(sources, total.build(), result);
    }

    private static final class PackageParts {
        final Map<String, ClassCoverage> classes = new LinkedHashMap<>();
        final Map<String, SourceFileCoverage> files = new LinkedHashMap<>();
    }
}
