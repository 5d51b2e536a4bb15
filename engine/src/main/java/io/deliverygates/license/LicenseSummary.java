package io.deliverygates.license;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.common.Json;
import io.deliverygates.common.TextFiles;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact result stored with a build: the verdict, the counts, and the keys of all components with their
 * license ({@code identity|expression}) so that the next build can tell which ones are new without re-reading
 * this build's SBOMs.
 *
 * @param sources the SBOMs read, one line each
 * @param components components checked (after removing repeats)
 * @param passed components the rules accept
 * @param unstable components that make the build unstable (counted or not)
 * @param failed components that fail the build (counted or not)
 * @param excepted components accepted by an unexpired exception
 * @param noLicense components without any license
 * @param newComponents components (with their license) not in the reference
 * @param notCounted violating components that do not count because they are not new ("new only")
 * @param referenceAvailable whether a reference summary was compared
 * @param byCategory components per category of their deciding license
 * @param violations why the gate is not PASSED, one line per counted component (at most 100 and a count)
 * @param expiredExceptions component exceptions past their date that matched a component
 * @param componentKeys {@code identity|expression} of every component, for the next build
 * @param spdxListVersion the SPDX License List version ids were checked against
 */
public record LicenseSummary(Instant generatedAt, GateStatus status, List<String> sources, int components,
        int passed, int unstable, int failed, int excepted, int noLicense, int newComponents, int notCounted,
        boolean referenceAvailable, boolean newOnly, Map<Category, Integer> byCategory, List<String> violations,
        List<ComponentException> expiredExceptions, Set<String> componentKeys, String spdxListVersion)
        implements Serializable {

    /** The file name used next to the other reports. */
    public static final String FILE_NAME = "license-summary.json";

    public LicenseSummary {
        sources = List.copyOf(sources);
        byCategory = Map.copyOf(byCategory);
        violations = List.copyOf(violations);
        expiredExceptions = List.copyOf(expiredExceptions);
        componentKeys = Set.copyOf(componentKeys);
    }

    public void write(Path file) {
        TextFiles.write(file, toJson(), "license summary");
    }

    /** The summary as JSON, as {@link #write} stores it (the Jenkins plugin keeps it in build.xml). */
    public String toJson() {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JacksonException e) {
            throw new IllegalStateException("a summary is always serializable", e);
        }
    }

    /** Reads a summary written by {@link #write}; a clear error for anything else. */
    public static LicenseSummary read(Path file) {
        String source = file.toString();
        return fromJson(TextFiles.readUtf8(file, source, "the license summary", false),
                source);
    }

    /** Reads a summary from {@link #toJson()} text; {@code source} names where it came from in errors. */
    public static LicenseSummary fromJson(String json, String source) {
        try {
            JsonNode tree = Json.mapper().readTree(json);
            if (tree == null || !tree.has("componentKeys") || !tree.has("status") || !tree.has("components")) {
                throw new InputException(Problem.WRONG_FORMAT, source,
                        "not a license summary (no status, components or componentKeys)");
            }
            return Json.mapper().treeToValue(tree, LicenseSummary.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
            throw new InputException(Problem.MALFORMED, source, line,
                    "not a readable license summary: " + e.getOriginalMessage(), e);
        }
    }
}
