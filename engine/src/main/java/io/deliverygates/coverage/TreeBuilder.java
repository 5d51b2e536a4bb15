package io.deliverygates.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects classes and source files by package and computes the totals the way JaCoCo does: a package counts its
 * source files plus its classes without source file; the project counts its packages. A class or file added twice
 * is kept once, with per metric the better covered copy.
 *
 * <p>With a reduced {@link CoverageDetail}, a package is folded when its element ends ({@link #endPackage}): its
 * totals are computed and only the entries the detail asks for stay, so memory holds one package's entries at a time;
 * a package left with no entry and not asked for is omitted: only its name and its share of the totals stay.
 * Entries of a package seen again after it was folded cannot be merged exactly any more; such packages are listed in
 * {@link #reopened()} so the reader can read again keeping them whole.
 */
final class TreeBuilder {
    private final CoverageDetail.Retention retention;
    private final List<String> sources = new ArrayList<>();
    private final Map<String, PackageParts> packages = new LinkedHashMap<>();
    private final Set<String> reopened = new LinkedHashSet<>();
    /** Folded packages the detail does not list: only their names and summed totals stay. */
    private final Set<String> omitted = new HashSet<>();
    private final Counters.Builder omittedCounters = Counters.builder();
    private ClassMismatch classMismatch = ClassMismatch.NONE;

    TreeBuilder() {
        this(CoverageDetail.ALL);
    }

    TreeBuilder(CoverageDetail detail) {
        this.retention = detail.retention();
    }

    TreeBuilder source(String source) {
        sources.add(source);
        return this;
    }

    TreeBuilder classMismatch(ClassMismatch mismatch) {
        classMismatch = classMismatch.plus(mismatch);
        return this;
    }

    TreeBuilder addClass(String packageName, ClassCoverage coverage) {
        PackageParts parts = open(packageName);
        if (parts != null) {
            parts.classes.merge(coverage.name(), coverage,
                    (a, b) -> new ClassCoverage(a.name(), a.sourceFile() != null ? a.sourceFile() : b.sourceFile(),
                            a.counters().better(b.counters())));
        }
        return this;
    }

    TreeBuilder addSourceFile(String packageName, SourceFileCoverage coverage) {
        PackageParts parts = open(packageName);
        if (parts != null) {
            parts.files.merge(coverage.path(), coverage,
                    (a, b) -> new SourceFileCoverage(a.path(), a.counters().better(b.counters())));
        }
        return this;
    }

    /** Folds the package unless the detail keeps it whole: its totals are fixed, unwanted entries dropped. */
    void endPackage(String packageName) {
        PackageParts parts = packages.get(packageName);
        if (parts != null && parts.folded == null && !retention.keepsWhole(packageName)) {
            parts.folded = parts.counters();
            parts.classes.values().removeIf(c -> !retention.keepsClass(c.name()));
            parts.files.values().removeIf(f -> !retention.keepsFile(f.path()));
            if (parts.classes.isEmpty() && parts.files.isEmpty() && !retention.keepsPackage(packageName)) {
                packages.remove(packageName);
                omit(packageName, parts.folded);
            }
        }
    }

    private void omit(String packageName, Counters counters) {
        omitted.add(packageName);
        omittedCounters.add(counters);
    }

    void addAll(CoverageTree tree) {
        sources.addAll(tree.sources());
        classMismatch(tree.classMismatch());
        for (String name : tree.omitted().names()) {
            if (packages.containsKey(name) || omitted.contains(name)) {
                reopened.add(name);
            }
        }
        omitted.addAll(tree.omitted().names());
        omittedCounters.add(tree.omitted().counters());
        for (PackageCoverage pkg : tree.packages()) {
            if (!pkg.complete()) {
                if (packages.containsKey(pkg.name()) || omitted.contains(pkg.name())) {
                    reopened.add(pkg.name());
                    continue;
                }
                PackageParts parts = open(pkg.name());
                pkg.classes().forEach(c -> parts.classes.put(c.name(), c));
                pkg.sourceFiles().forEach(f -> parts.files.put(f.path(), f));
                parts.folded = pkg.counters();
                continue;
            }
            pkg.classes().forEach(c -> addClass(pkg.name(), c));
            pkg.sourceFiles().forEach(f -> addSourceFile(pkg.name(), f));
        }
    }

    /** The parts to add to, or null (and the package noted as reopened) when the package was already folded. */
    private PackageParts open(String packageName) {
        if (omitted.contains(packageName)) {
            reopened.add(packageName);
            return null;
        }
        PackageParts parts = packages.computeIfAbsent(packageName, name -> new PackageParts());
        if (parts.folded != null) {
            reopened.add(packageName);
            return null;
        }
        return parts;
    }

    /** Packages that got entries after they were folded: their totals in {@link #build()} are not exact. */
    Set<String> reopened() {
        return reopened;
    }

    CoverageTree build() {
        Counters omittedTotals = omittedCounters.build();
        Counters.Builder total = Counters.builder().add(omittedTotals);
        List<PackageCoverage> result = new ArrayList<>(packages.size());
        packages.forEach((name, parts) -> {
            PackageCoverage pkg = new PackageCoverage(name, parts.folded == null ? parts.counters() : parts.folded,
                    new ArrayList<>(parts.classes.values()), new ArrayList<>(parts.files.values()),
                    parts.folded == null);
            total.add(pkg.counters());
            result.add(pkg);
        });
        return new CoverageTree(sources, total.build(), result,
                omitted.isEmpty() ? CoverageTree.Omitted.NONE : new CoverageTree.Omitted(omitted, omittedTotals),
                classMismatch);
    }

    private static final class PackageParts {
        final Map<String, ClassCoverage> classes = new LinkedHashMap<>();
        final Map<String, SourceFileCoverage> files = new LinkedHashMap<>();
        /** The package's totals once folded; null while all its entries are here. */
        Counters folded;

        Counters counters() {
            Counters.Builder counters = Counters.builder();
            files.values().forEach(f -> counters.add(f.counters()));
            classes.values().stream().filter(c -> c.sourceFile() == null).forEach(c -> counters.add(c.counters()));
            return counters.build();
        }
    }
}
