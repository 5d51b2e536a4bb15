package io.deliverygates.license;

import io.deliverygates.common.GateStatus;
import io.deliverygates.common.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * The license gate's result for people: console lines and a self-contained HTML page. Every text from an SBOM
 * (names, versions, licenses, notes) is escaped with the OWASP encoder.
 */
public final class LicenseReport {
    /** The HTML page's file name next to the other reports. */
    public static final String HTML_FILE = "license-gate.html";
    /** The JSON report's file name. */
    public static final String JSON_FILE = "license-gate.json";

    private LicenseReport() {
    }

    /** The summary as the lines a console shows (CLI output, Jenkins build log). */
    public static List<String> lines(LicenseSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "License gate: %s (%d components: %d passed, %d unstable, %d failed, "
                + "%d excepted, %d without license, %d new%s)", summary.status(), summary.components(),
                summary.passed(), summary.unstable(), summary.failed(), summary.excepted(), summary.noLicense(),
                summary.newComponents(), summary.referenceAvailable() ? "" : ", no reference build"));
        StringBuilder categories = new StringBuilder("  categories:");
        for (Category category : Category.values()) {
            categories.append(' ').append(category.label()).append(' ').append(summary.byCategory().get(category));
        }
        lines.add(categories.toString());
        if (summary.newOnly() && summary.notCounted() > 0) {
            lines.add("  " + summary.notCounted() + " violating component(s) not new against the reference: "
                    + "not counted (new only)");
        }
        summary.violations().forEach(violation -> lines.add("  violated: " + violation));
        summary.expiredExceptions().forEach(e -> lines.add("  expired exception: " + e.component() + " ("
                + e.expires() + ", " + e.reason() + ") no longer accepts anything"));
        return lines;
    }

    /** Writes the HTML page and the JSON report into {@code directory}. */
    public static void write(LicenseGateResult result, Path directory, String title) {
        writeFile(directory.resolve(HTML_FILE), html(result, title));
        writeFile(directory.resolve(JSON_FILE), result.toJson() + "\n");
    }

    public static String html(LicenseGateResult result, String title) {
        LicenseSummary summary = result.summary();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Encode.forHtml(title)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("td.num{text-align:right}.PASSED{color:#176f2c}.UNSTABLE{color:#9a6700}.FAILED{color:#b3261e}")
                .append("small{color:#555}</style></head><body>\n<h1>").append(Encode.forHtml(title)).append("</h1>\n")
                .append("<p>Status: <strong class=\"").append(summary.status().name()).append("\">")
                .append(summary.status()).append("</strong>")
                .append(summary.referenceAvailable() ? " (compared with a reference build)" : " (no reference build)")
                .append(summary.newOnly() ? ", new components only" : "").append("</p>\n<ul>\n");
        for (String source : summary.sources()) {
            html.append("<li>").append(Encode.forHtml(source)).append("</li>\n");
        }
        html.append("</ul>\n<table><tr><th>Components</th><th>Passed</th><th>Unstable</th><th>Failed</th>")
                .append("<th>Excepted</th><th>Without license</th><th>New</th></tr>\n<tr>");
        for (int count : new int[] {summary.components(), summary.passed(), summary.unstable(), summary.failed(),
            summary.excepted(), summary.noLicense(), summary.newComponents()}) {
            html.append("<td class=\"num\">").append(count).append("</td>");
        }
        html.append("</tr></table>\n<table><tr>");
        for (Category category : Category.values()) {
            html.append("<th>").append(category.label()).append("</th>");
        }
        html.append("</tr>\n<tr>");
        for (Category category : Category.values()) {
            html.append("<td class=\"num\">").append(summary.byCategory().get(category)).append("</td>");
        }
        html.append("</tr></table>\n");
        if (!summary.violations().isEmpty() || !summary.expiredExceptions().isEmpty()) {
            html.append("<h2>Violations</h2>\n<ul>\n");
            summary.violations().forEach(v -> html.append("<li>").append(Encode.forHtml(v)).append("</li>\n"));
            summary.expiredExceptions().forEach(e -> html.append("<li>exception for ")
                    .append(Encode.forHtml(e.component())).append(" expired on ").append(e.expires())
                    .append(" (").append(Encode.forHtml(e.reason())).append(")</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>Components</h2>\n<table><tr><th>Component</th><th>Declared</th><th>License (SPDX)</th>")
                .append("<th>Category</th><th>Verdict</th><th>Reason</th><th>New</th></tr>\n");
        for (ComponentVerdict verdict : result.verdicts()) {
            GateStatus status = verdict.status();
            html.append("<tr><td>").append(Encode.forHtml(verdict.display()));
            if (!verdict.purl().isEmpty()) {
                html.append("<br><small>").append(Encode.forHtml(verdict.purl())).append("</small>");
            }
            html.append("</td><td>").append(Encode.forHtml(String.join("; ", verdict.declared()))).append("</td><td><code>")
                    .append(Encode.forHtml(verdict.license())).append("</code>");
            for (String note : verdict.notes()) {
                html.append("<br><small>").append(Encode.forHtml(note)).append("</small>");
            }
            html.append("</td><td>").append(verdict.category() == null ? "&ndash;" : verdict.category().label())
                    .append("</td><td class=\"").append(status.name()).append("\">").append(status)
                    .append(verdict.counted() ? "" : " (not counted)").append("</td><td>")
                    .append(Encode.forHtml(verdict.reason())).append("</td><td>").append(verdict.isNew() ? "new" : "")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<p><small>SPDX License List ").append(Encode.forHtml(summary.spdxListVersion()))
                .append("</small></p>\n</body></html>\n");
        return html.toString();
    }

    static void writeFile(Path file, String content) {
        TextFiles.write(file, content, "license gate report");
    }
}
