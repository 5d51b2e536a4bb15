package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The coverage of a project: packages with their classes and source files, and the project totals. Per-line and
 * per-method data is not kept; read with a reduced {@link CoverageDetail}, a tree keeps only some classes and files
 * (see {@link PackageCoverage#complete()}), but its totals are the same. {@code sources} names the reports it was
 * read from; {@code classMismatch} the classes of a {@code .exec} analysed against other class files.
 */
public record CoverageTree(List<String> sources, Counters counters, List<PackageCoverage> packages, Omitted omitted,
                           ClassMismatch classMismatch) implements Serializable {
    public CoverageTree {
        sources = List.copyOf(sources);
        packages = List.copyOf(packages);
        classMismatch = classMismatch == null ? ClassMismatch.NONE : classMismatch;
    }

    /** A tree whose classes all match their execution data (or that has none). */
    public CoverageTree(List<String> sources, Counters counters, List<PackageCoverage> packages, Omitted omitted) {
        this(sources, counters, packages, omitted, ClassMismatch.NONE);
    }

    /** A tree with every package listed. */
    public CoverageTree(List<String> sources, Counters counters, List<PackageCoverage> packages) {
        this(sources, counters, packages, Omitted.NONE);
    }

    /**
     * The packages a reduced reading did not list: their names (so that merging can tell whether several reports
     * share them) and their summed totals, which are part of the tree's {@code counters}.
     */
    public record Omitted(Set<String> names, Counters counters) implements Serializable {
        public static final Omitted NONE = new Omitted(Set.of(), Counters.NONE);

        public Omitted {
            names = Set.copyOf(names);
        }
    }

    /** The metrics this tree has data for (e.g. no INSTRUCTION for a Cobertura report). */
    public Set<Metric> metrics() {
        return counters.metrics();
    }

    /**
     * Merges reports into one tree: packages, classes and files are joined by name, totals are recomputed. A class
     * or file found in several reports (split test runs of the same code) is counted once, with per metric the
     * better covered copy; that is a lower bound of the true union, which only merging {@code .exec} files before
     * analysis gives exactly. Trees read with a reduced {@link CoverageDetail} merge exactly as long as every
     * package they did not keep whole ({@link PackageCoverage#complete()}, {@link #omitted()}) occurs in one tree only;
     * {@link CoverageLoader} sees to that.
     *
     * @throws IllegalArgumentException when a package not kept whole occurs in several trees
     */
    public static CoverageTree merge(List<CoverageTree> trees) {
        if (trees.size() == 1) {
            return trees.get(0);
        }
        TreeBuilder builder = new TreeBuilder();
        for (CoverageTree tree : trees) {
            builder.addAll(tree);
        }
        if (!builder.reopened().isEmpty()) {
            throw new IllegalArgumentException("cannot merge packages " + builder.reopened() + " exactly: they occur in"
                    + " several trees and were not read whole (read them with CoverageDetail.keepingPackages)");
        }
        return builder.build();
    }
}
