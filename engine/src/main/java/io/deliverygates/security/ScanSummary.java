package io.deliverygates.security;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.common.Json;
import io.deliverygates.common.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact per-build result of a security scan, stored with the build as JSON so that the next build can tell
 * new findings from known ones ({@link #findingKeys}).
 *
 * @param generatedAt when the scan ran
 * @param status the gate verdict
 * @param dependencies how many dependencies were analysed
 * @param total active findings (not suppressed, not allowed) per severity
 * @param newFindings active findings not in the reference build, per severity (all of them without a reference)
 * @param maxCvss the highest score among active findings (0 without findings)
 * @param maxCvssSource the CVSS version that highest score comes from
 * @param suppressed findings hidden by suppression files
 * @param allowed findings accepted by an unexpired allow-list entry
 * @param expiredAllowEntries allow-list entries past their date: they no longer hide anything
 * @param violations why the gate is not PASSED, one line each
 * @param top the worst active findings (at most {@link #TOP_FINDINGS})
 * @param findingKeys keys ({@link Finding#key()}) of all active findings, for the next build's comparison
 */
public record ScanSummary(Instant generatedAt, GateStatus status, int dependencies, Map<Severity, Integer> total,
        Map<Severity, Integer> newFindings, double maxCvss, ScoreSource maxCvssSource, int suppressed, int allowed,
        List<AllowEntry> expiredAllowEntries, List<String> violations, List<Finding> top, Set<String> findingKeys) {

    /** How many findings the summary keeps in {@link #top}. */
    public static final int TOP_FINDINGS = 10;
    /** The file name used next to the other reports. */
    public static final String FILE_NAME = "security-summary.json";

    public ScanSummary {
        total = Map.copyOf(total);
        newFindings = Map.copyOf(newFindings);
        expiredAllowEntries = List.copyOf(expiredAllowEntries);
        violations = List.copyOf(violations);
        top = List.copyOf(top);
        findingKeys = Set.copyOf(findingKeys);
    }

    /** Total active findings of all severities. */
    public int totalCount() {
        return total.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** New active findings of all severities. */
    public int newCount() {
        return newFindings.values().stream().mapToInt(Integer::intValue).sum();
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, file.toString(), InputException.NO_LINE,
                    "cannot write the security summary: " + e.getMessage(), e);
        }
    }

    /** The summary as JSON, as {@link #write} stores it (the Jenkins plugin keeps it in build.xml). */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JacksonException e) {
            throw new IllegalStateException("a summary is always serializable", e);
        }
    }

    /** Reads a summary written by {@link #write}; a clear error for anything else. */
    public static ScanSummary read(Path file) {
        String source = file.toString();
        return fromJson(TextFiles.readUtf8(file, source, "the security summary", false),
                source);
    }

    /** Reads a summary from {@link #toJson()} text; {@code source} names where it came from in errors. */
    public static ScanSummary fromJson(String json, String source) {
        try {
            return parse(Json.mapper().readTree(json), source);
        } catch (JacksonException e) {
            throw malformed(source, e);
        }
    }

    private static ScanSummary parse(JsonNode tree, String source) throws JacksonException {
        if (tree == null || !tree.has("findingKeys") || !tree.has("status") || !tree.has("total")) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, source,
                    "not a security summary (no status, total or findingKeys)");
        }
        return Json.mapper().treeToValue(tree, ScanSummary.class);
    }

    private static InputException malformed(String source, JacksonException e) {
        int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
        return new InputException(InputException.Problem.MALFORMED, source, line,
                "not a readable security summary: " + e.getOriginalMessage(), e);
    }
}
