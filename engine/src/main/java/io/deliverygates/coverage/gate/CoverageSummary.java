package io.deliverygates.coverage.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deliverygates.common.Json;
import io.deliverygates.common.StoredSummary;
import io.deliverygates.coverage.ClassMismatch;
import io.deliverygates.coverage.Counters;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.PackageCoverage;
import io.deliverygates.coverage.ReportFiles;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * What a build stores so that the next build's delta conditions need no re-parse: the project totals, the totals of
 * the packages the gate's package scopes match, the totals of every class or file scope the gate's conditions use (a scope that matched
 * nothing is stored with no counters), and the classes that did not match their execution data. A few kilobytes
 * for most projects; JSON via {@link Json}.
 *
 * @param formatVersion {@link #FORMAT_VERSION}; a reader refuses other versions
 * @param sources the reports the counters come from
 */
public record CoverageSummary(int formatVersion, List<String> sources, Counters totals,
                              Map<String, Counters> packages, Map<String, Counters> scopes,
                              ClassMismatch classMismatch) implements Serializable {
    public static final int FORMAT_VERSION = 1;

    public CoverageSummary {
        // Tolerates fields missing from a stored JSON summary.
        sources = sources == null ? List.of() : List.copyOf(sources);
        packages = packages == null ? Map.of() : Map.copyOf(packages);
        scopes = scopes == null ? Map.of() : Map.copyOf(scopes);
        classMismatch = classMismatch == null ? ClassMismatch.NONE : classMismatch;
    }

    /** A summary whose classes all matched their execution data. */
    public CoverageSummary(int formatVersion, List<String> sources, Counters totals, Map<String, Counters> packages,
                           Map<String, Counters> scopes) {
        this(formatVersion, sources, totals, packages, scopes, ClassMismatch.NONE);
    }

    /**
     * The summary of a tree: its totals, the packages the given package scopes match (no other: a tree read whole,
     * or one keeping the packages of matched classes, must not make the summary grow with the project) and the
     * aggregates of the given class and file scopes.
     */
    public static CoverageSummary of(CoverageTree tree, Collection<Scope> scopes) {
        List<WildcardMatcher> packageScopes = scopes.stream().filter(scope -> scope.kind() == Scope.Kind.PACKAGE)
                .map(scope -> new WildcardMatcher(scope.pattern())).toList();
        Map<String, Counters> packages = new TreeMap<>();
        for (PackageCoverage pkg : tree.packages()) {
            if (packageScopes.stream().anyMatch(matcher -> matcher.matches(pkg.name()))) {
                packages.put(pkg.name(), pkg.counters());
            }
        }
        Map<String, Counters> aggregates = new TreeMap<>();
        for (Scope scope : scopes) {
            if (scope.kind() == Scope.Kind.CLASS || scope.kind() == Scope.Kind.FILE) {
                aggregates.put(scope.key(), scope.aggregate(tree).orElse(Counters.NONE));
            }
        }
        return new CoverageSummary(FORMAT_VERSION, tree.sources(), tree.counters(), packages, aggregates,
                tree.classMismatch());
    }

    /**
     * The summed counters of a scope: the totals, the matching packages, or a stored class/file scope. Empty when
     * the scope matches nothing or, for a class/file scope, was not stored.
     */
    public Optional<Counters> counters(Scope scope) {
        switch (scope.kind()) {
            case PROJECT:
                return Optional.of(totals);
            case PACKAGE:
                WildcardMatcher matcher = new WildcardMatcher(scope.pattern());
                Counters.Builder sum = Counters.builder();
                boolean matched = false;
                for (Map.Entry<String, Counters> pkg : packages.entrySet()) {
                    if (matcher.matches(pkg.getKey())) {
                        sum.add(pkg.getValue());
                        matched = true;
                    }
                }
                return matched ? Optional.of(sum.build()) : Optional.empty();
            default:
                Counters stored = scopes.get(scope.key());
                return stored == null || stored.equals(Counters.NONE) ? Optional.empty() : Optional.of(stored);
        }
    }

    public String toJson() {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary not serializable", e);
        }
    }

    /** Parses a summary; {@code source} names it in errors. */
    public static CoverageSummary fromJson(String json, String source) {
        return StoredSummary.fromJson(json, source, CoverageSummary.class, "coverage summary",
                summary -> summary.formatVersion() == FORMAT_VERSION && summary.totals() != null,
                "of format version " + FORMAT_VERSION + " (written by 'gate --summary-out')");
    }

    public static CoverageSummary read(Path file) {
        ReportFiles.check(file, 64L * 1024 * 1024);
        return fromJson(StoredSummary.text(file, "the coverage summary"), file.toString());
    }

    public void write(Path file) {
        StoredSummary.write(file, toJson(), "coverage summary");
    }
}
