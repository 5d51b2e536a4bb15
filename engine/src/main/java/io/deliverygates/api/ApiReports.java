package io.deliverygates.api;

import io.deliverygates.common.InputException;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.owasp.encoder.Encode;

/**
 * Writes the gate's reports into a folder: {@code api-summary.json} (the stored summary), {@code
 * api-compatibility.json} (the summary with every change) and {@code api-compatibility.html} (escaped HTML).
 */
public final class ApiReports {
    public static final String JSON_REPORT = "api-compatibility.json";
    public static final String HTML_REPORT = "api-compatibility.html";

    private ApiReports() {
    }

    public static void write(ApiGateResult result, Path folder) {
        result.summary().write(folder.resolve(ApiSummary.FILE_NAME));
        writeText(folder.resolve(JSON_REPORT), json(result), "the API report");
        writeText(folder.resolve(HTML_REPORT), html(result), "the API report");
    }

    /** The full report as JSON: the summary, every counted, new and allowed change. */
    public static String json(ApiGateResult result) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("summary", result.summary());
        report.put("breaking", result.active());
        report.put("newBreaking", result.fresh().stream().map(ApiChange::key).toList());
        report.put("allowed", result.allowed());
        report.put("allowedBy", result.allowedBy());
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("a report is always serializable", e);
        }
    }

    public static String html(ApiGateResult result) {
        ApiSummary summary = result.summary();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>API compatibility: ")
                .append(summary.status()).append("</title></head><body>\n<h1>API compatibility: ")
                .append(summary.status()).append("</h1>\n<p>").append(Encode.forHtml(summary.kind().label()))
                .append(": ").append(Encode.forHtml(summary.candidate())).append(versionText(summary.candidateVersion()))
                .append(" against ").append(Encode.forHtml(summary.reference()))
                .append(versionText(summary.referenceVersion())).append(".</p>\n<p>Versioning ")
                .append(summary.versioning()).append(": the changes need a ").append(summary.requiredLevel())
                .append(" release").append(summary.releaseLevel() == null ? "" : "; the versions make a "
                        + summary.releaseLevel() + " release").append(". ").append(summary.breaking())
                .append(" breaking (").append(summary.newBreaking()).append(" new), ").append(summary.allowed())
                .append(" allowed, ").append(summary.additions()).append(" additions.</p>\n<ul>\n");
        summary.violations().forEach(v -> html.append("<li>").append(Encode.forHtml(v)).append("</li>\n"));
        summary.expiredAllowEntries().forEach(entry -> html.append("<li>allow-list entry ")
                .append(Encode.forHtml(entry.pattern())).append(" expired on ").append(entry.expires())
                .append(" and no longer hides anything</li>\n"));
        html.append("</ul>\n");
        java.util.Set<String> fresh = new java.util.HashSet<>(result.fresh().stream().map(ApiChange::key).toList());
        table(html, "Breaking changes", result.active(), change -> fresh.contains(change.key()) ? "new" : "");
        table(html, "Allowed breaking changes", result.allowed(), change -> {
            ApiAllowEntry entry = result.allowedBy().get(change.key());
            return entry == null ? "" : "accepted until " + entry.expires() + ": " + entry.reason();
        });
        return html.append("</body></html>\n").toString();
    }

    /** One row per change; {@code note} fills the last column ("new", or why the change is accepted). */
    private static void table(StringBuilder html, String title, List<ApiChange> changes,
            java.util.function.Function<ApiChange, String> note) {
        if (changes.isEmpty()) {
            return;
        }
        html.append("<h2>").append(title).append("</h2>\n<table><tr><th>Location</th><th>Change</th>")
                .append("<th>Breaks</th><th>Details</th><th>Note</th></tr>\n");
        for (ApiChange change : changes) {
            html.append("<tr><td><code>").append(Encode.forHtml(change.location())).append("</code></td><td>")
                    .append(Encode.forHtml(change.rule())).append("</td><td>").append(change.impact().label())
                    .append("</td><td>").append(Encode.forHtml(change.description())).append("</td><td>")
                    .append(Encode.forHtml(note.apply(change))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String versionText(String version) {
        return version == null ? "" : " " + Encode.forHtml(version);
    }

    static void writeText(Path file, String text, String what) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, file.toString(), InputException.NO_LINE,
                    "cannot write " + what + ": " + e.getMessage(), e);
        }
    }
}
