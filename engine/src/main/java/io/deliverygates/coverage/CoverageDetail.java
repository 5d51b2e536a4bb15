package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * How much of a report a reader keeps. Project totals are always exact and always kept. A package entry (its exact
 * totals) is kept when {@code all} is set, when its name matches one of {@code packageGlobs}, or when it holds a
 * kept class or file; the other packages only add to the project totals ({@link CoverageTree#omitted()}). Class and
 * source-file entries are kept when {@code all} is set, when they match one of the globs ({@code classes}: class
 * names with dots, {@code files}: file paths as the report names them; JaCoCo's wildcard syntax), or when they belong
 * to one of {@code packages} (kept whole, which is how several reports sharing a package are still merged exactly).
 * So a reading for a gate with project conditions only keeps no package at all, whatever the report's size. A
 * quality gate derives its detail from its conditions ({@code QualityGate.requiredDetail()}).
 */
public record CoverageDetail(boolean all, List<String> packageGlobs, List<String> classes, List<String> files,
                             Set<String> packages) implements Serializable {
    /** Everything: every class and source file with its counters (the full tree, as {@code read(Path)} gives). */
    public static final CoverageDetail ALL = new CoverageDetail(true, List.of(), List.of(), List.of(), Set.of());
    /** Project totals only. */
    public static final CoverageDetail TOTALS = new CoverageDetail(false, List.of(), List.of(), List.of(), Set.of());

    public CoverageDetail {
        packageGlobs = List.copyOf(packageGlobs);
        classes = List.copyOf(classes);
        files = List.copyOf(files);
        packages = Set.copyOf(packages);
    }

    /** Project totals plus the packages, classes and files matching the given globs. */
    public static CoverageDetail matching(Collection<String> packageGlobs, Collection<String> classGlobs,
                                          Collection<String> fileGlobs) {
        return new CoverageDetail(false, distinct(packageGlobs), distinct(classGlobs), distinct(fileGlobs), Set.of());
    }

    private static List<String> distinct(Collection<String> globs) {
        return List.copyOf(new LinkedHashSet<>(globs));
    }

    /** This detail, plus every class and file of the given packages (names with dots). */
    public CoverageDetail keepingPackages(Collection<String> names) {
        if (all) {
            return this;
        }
        Set<String> union = new LinkedHashSet<>(packages);
        union.addAll(names);
        return new CoverageDetail(false, packageGlobs, classes, files, union);
    }

    /** The compiled form a reading uses (a {@link WildcardMatcher} is not serializable, so it is not a field). */
    Retention retention() {
        return new Retention(this);
    }

    /** Decides entry by entry what a reading keeps. */
    static final class Retention {
        private final CoverageDetail detail;
        private final WildcardMatcher packages;
        private final WildcardMatcher classes;
        private final WildcardMatcher files;

        private Retention(CoverageDetail detail) {
            this.detail = detail;
            // Scope globs never contain ':', JaCoCo's separator of alternatives.
            this.packages = matcher(detail.packageGlobs);
            this.classes = matcher(detail.classes);
            this.files = matcher(detail.files);
        }

        private static WildcardMatcher matcher(List<String> globs) {
            // The empty glob (the default package) goes first: String.split, which WildcardMatcher uses, drops
            // trailing empty alternatives.
            List<String> ordered = globs.stream().sorted(Comparator.comparing(glob -> !glob.isEmpty())).toList();
            return globs.isEmpty() ? null : new WildcardMatcher(String.join(":", ordered));
        }

        /** Whether a folded package's entry (its totals) stays even when none of its classes or files do. */
        boolean keepsPackage(String packageName) {
            return keepsWhole(packageName) || packages != null && packages.matches(packageName);
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
