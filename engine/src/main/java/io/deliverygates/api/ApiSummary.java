package io.deliverygates.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.common.Json;
import io.deliverygates.common.TextFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The compact per-build result of the API compatibility gate, stored with the build as JSON so that the next build
 * can tell new breaking changes from known ones ({@link #changeKeys}).
 *
 * @param generatedAt       when the gate ran
 * @param status            the verdict
 * @param kind              Java or OpenAPI
 * @param reference         what was compared against (file, or the ledger's production deployment)
 * @param candidate         the new artifact
 * @param referenceVersion  the reference's version, or null
 * @param candidateVersion  the new version, or null
 * @param versioning        the rule applied
 * @param requiredLevel     the release the counted changes need
 * @param releaseLevel      the release the versions make (null under STRICT)
 * @param breaking          breaking changes that count (not allowed)
 * @param newBreaking       of those, the ones the reference build did not report
 * @param allowed           breaking changes accepted by an unexpired allow-list entry
 * @param additions         API elements added or changed compatibly
 * @param expiredAllowEntries allow-list entries past their date: they no longer hide anything
 * @param violations        why the gate is not PASSED, one line each
 * @param top               the first breaking changes (at most {@link #TOP_CHANGES})
 * @param changeKeys        keys of all counted breaking changes, for the next build
 */
public record ApiSummary(Instant generatedAt, GateStatus status, ApiKind kind, String reference, String candidate,
        String referenceVersion, String candidateVersion, Versioning versioning, ChangeLevel requiredLevel,
        ChangeLevel releaseLevel, int breaking, int newBreaking, int allowed, int additions,
        List<ApiAllowEntry> expiredAllowEntries, List<String> violations, List<ApiChange> top,
        Set<String> changeKeys) {

    public static final int TOP_CHANGES = 20;
    /** The file name used next to the other reports. */
    public static final String FILE_NAME = "api-summary.json";

    public ApiSummary {
        expiredAllowEntries = List.copyOf(expiredAllowEntries);
        violations = List.copyOf(violations);
        top = List.copyOf(top);
        changeKeys = Set.copyOf(changeKeys);
    }

    /** The summary as JSON (the Jenkins plugin keeps it with the build). */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JacksonException e) {
            throw new IllegalStateException("a summary is always serializable", e);
        }
    }

    public void write(Path file) {
        ApiReports.writeText(file, toJson(), "the API summary");
    }

    /** Reads a summary written by {@link #write}; a clear error for anything else. */
    public static ApiSummary read(Path file) {
        String source = file.toString();
        return fromJson(TextFiles.readUtf8(file, source, "the API summary", false), source);
    }

    /** Reads a summary from {@link #toJson()} text; {@code source} names where it came from in errors. */
    public static ApiSummary fromJson(String json, String source) {
        try {
            JsonNode tree = Json.mapper().readTree(json);
            if (tree == null || !tree.has("changeKeys") || !tree.has("status") || !tree.has("requiredLevel")) {
                throw new InputException(InputException.Problem.WRONG_FORMAT, source,
                        "not an API summary (no status, requiredLevel or changeKeys)");
            }
            return Json.mapper().treeToValue(tree, ApiSummary.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
            throw new InputException(InputException.Problem.MALFORMED, source, line,
                    "not a readable API summary: " + e.getOriginalMessage(), e);
        }
    }
}
