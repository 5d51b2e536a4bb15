package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * How much of a report a reader keeps. Project and package totals are always exact and always kept; class and
 * source-file entries are kept when {@code all} is set, when they match one of the globs ({@code classes}: class
 * names with dots, {@code files}: file paths as the report names them; JaCoCo's wildcard syntax), or when they belong
 * to one of {@code packages} (kept whole, which is how several reports sharing a package are still merged exactly).
 * So a reading for a gate without class or file scopes needs memory for its packages only, whatever the report's
 * size. A quality gate derives its detail from its conditions ({@code QualityGate.requiredDetail()}).
 */
public record CoverageDetail(boolean all, List<String> classes, List<String> files, Set<String> packages)
        implements Serializable {
    /** Everything: every class and source file with its counters (the full tree, as {@code read(Path)} gives). */
    public static final CoverageDetail ALL = new CoverageDetail(true, List.of(), List.of(), Set.of());
    /** Project and package totals only. */
    public static final CoverageDetail TOTALS = new CoverageDetail(false, List.of(), List.of(), Set.of());

    public CoverageDetail {
        classes = List.copyOf(classes);
        files = List.copyOf(files);
        packages = Set.copyOf(packages);
    }

    /** Totals plus the classes and files matching the given globs. */
    public static CoverageDetail matching(Collection<String> classGlobs, Collection<String> fileGlobs) {
        return new CoverageDetail(false, List.copyOf(new LinkedHashSet<>(classGlobs)),
                List.copyOf(new LinkedHashSet<>(fileGlobs)), Set.of());
    }

    /** This detail, plus every class and file of the given packages (names with dots). */
    public CoverageDetail keepingPackages(Collection<String> names) {
        if (all) {
            return this;
        }
        Set<String> union = new LinkedHashSet<>(packages);
        union.addAll(names);
        return new CoverageDetail(false, classes, files, union);
    }

    /** The compiled form a reading uses (a {@link WildcardMatcher} is not serializable, so it is not a field). */
    Retention retention() {
        return new Retention(this);
    }

    /** Decides entry by entry what a reading keeps. */
    static final class Retention {
        private final CoverageDetail detail;
        private final WildcardMatcher classes;
        private final WildcardMatcher files;

        private Retention(CoverageDetail detail) {
            this.detail = detail;
            // Scope globs never contain ':', JaCoCo's separator of alternatives.
            this.classes = detail.classes.isEmpty() ? null : new WildcardMatcher(String.join(":", detail.classes));
            this.files = detail.files.isEmpty() ? null : new WildcardMatcher(String.join(":", detail.files));
        }

        boolean keepsWhole(String packageName) {
            return detail.all || detail.packages.contains(packageName);
        }

        boolean keepsClass(String name) {
            return classes != null && classes.matches(name);
        }

        boolean keepsFile(String path) {
            return files != null && files.matches(path);
        }
    }
}
