package io.deliverygates.coverage.gate;

import io.deliverygates.common.InputException;
import io.deliverygates.coverage.ClassCoverage;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.Counters;
import io.deliverygates.coverage.PackageCoverage;
import io.deliverygates.coverage.SourceFileCoverage;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * Which part of the project a condition looks at: the whole project, or the sum of all packages, classes or source
 * files whose name matches a glob. Globs use JaCoCo's include/exclude syntax: {@code *} matches any characters
 * (dots and slashes too), {@code ?} exactly one.
 */
public record Scope(Kind kind, String pattern) implements Serializable {
    public static final Scope PROJECT = new Scope(Kind.PROJECT, "");

    public enum Kind {
        PROJECT,
        /** Package names with dots: {@code com.acme.*}. */
        PACKAGE,
        /** Class names with dots, inner classes with {@code $}: {@code com.acme.*Service}. */
        CLASS,
        /** Source file paths as the report names them: {@code com/acme/Foo.java}, {@code src/app/*.py}. */
        FILE
    }

    /**
     * Parses the text after {@code @}: {@code com.acme.*} (a package glob), {@code package=...}, {@code class=...}
     * or {@code file=...}; {@code package=} with nothing after it is the default package (the empty name).
     */
    public static Scope parse(String text, String parameter) {
        String trimmed = text.trim();
        int equals = trimmed.indexOf('=');
        Kind kind = Kind.PACKAGE;
        String pattern = trimmed;
        if (equals >= 0) {
            String prefix = trimmed.substring(0, equals).toUpperCase(Locale.ROOT);
            pattern = trimmed.substring(equals + 1);
            try {
                kind = Kind.valueOf(prefix);
            } catch (IllegalArgumentException e) {
                kind = Kind.PROJECT;
            }
            if (kind == Kind.PROJECT) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                        "unknown scope kind '" + trimmed.substring(0, equals) + "'; use package=, class= or file=");
            }
        }
        // An empty package name is the default package (@package=); other kinds need a glob.
        if (pattern.isEmpty() && kind != Kind.PACKAGE || pattern.contains(":")) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "scope '" + text + "' needs a glob without ':' after '@'");
        }
        if (pattern.isEmpty() && equals < 0) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "empty scope after '@'; write @package= for the default package");
        }
        return new Scope(kind, pattern);
    }

    /** The canonical text, as used in summaries and condition strings: {@code project}, {@code class=com.acme.*}. */
    public String key() {
        return kind == Kind.PROJECT ? "project" : kind.name().toLowerCase(Locale.ROOT) + "=" + pattern;
    }

    /** The summed counters of everything in scope, or empty when the scope matches nothing. */
    public Optional<Counters> aggregate(CoverageTree tree) {
        if (kind == Kind.PROJECT) {
            return Optional.of(tree.counters());
        }
        WildcardMatcher matcher = new WildcardMatcher(pattern);
        Counters.Builder sum = Counters.builder();
        boolean matched = false;
        for (PackageCoverage pkg : tree.packages()) {
            if (kind == Kind.PACKAGE && matcher.matches(pkg.name())) {
                sum.add(pkg.counters());
                matched = true;
            }
            if (kind == Kind.CLASS) {
                for (ClassCoverage c : pkg.classes()) {
                    if (matcher.matches(c.name())) {
                        sum.add(c.counters());
                        matched = true;
                    }
                }
            }
            if (kind == Kind.FILE) {
                for (SourceFileCoverage f : pkg.sourceFiles()) {
                    if (matcher.matches(f.path())) {
                        sum.add(f.counters());
                        matched = true;
                    }
                }
            }
        }
        return matched ? Optional.of(sum.build()) : Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
