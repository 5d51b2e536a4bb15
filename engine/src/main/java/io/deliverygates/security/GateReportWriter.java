package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/** A small self-contained HTML page with the gate's verdict, counts and findings; every value is escaped. */
final class GateReportWriter {

    void write(SecurityGateResult result, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, file.toString(), InputException.NO_LINE,
                    "cannot write the security gate report: " + e.getMessage(), e);
        }
    }

    String render(SecurityGateResult result) {
        ScanSummary summary = result.summary();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Security gate: ")
                .append(summary.status()).append("</title></head><body>\n<h1>Security gate: ")
                .append(summary.status()).append("</h1>\n<ul>\n");
        for (String violation : summary.violations()) {
            html.append("<li>").append(Encode.forHtml(violation)).append("</li>\n");
        }
        for (AllowEntry entry : summary.expiredAllowEntries()) {
            html.append("<li>allow-list entry ").append(Encode.forHtml(entry.id())).append(" expired on ")
                    .append(entry.expires()).append(" and no longer hides anything</li>\n");
        }
        html.append("</ul>\n<table><tr><th>Severity</th><th>Total</th><th>New</th></tr>\n");
        for (Severity severity : Severity.values()) {
            html.append("<tr><td>").append(severity).append("</td><td>").append(summary.total().get(severity))
                    .append("</td><td>").append(summary.newFindings().get(severity)).append("</td></tr>\n");
        }
        html.append("</table>\n<p>").append(summary.dependencies()).append(" dependencies, ")
                .append(summary.suppressed()).append(" suppressed, ").append(summary.allowed())
                .append(" allowed findings.</p>\n");
        findings(html, "Findings", result.active());
        findings(html, "Allowed", result.allowed());
        findings(html, "Suppressed", result.suppressed());
        return html.append("</body></html>\n").toString();
    }

    private static void findings(StringBuilder html, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        html.append("<h2>").append(title).append("</h2>\n<table><tr><th>Id</th><th>Dependency</th><th>Score</th>")
                .append("<th>Severity</th><th>Vector</th></tr>\n");
        for (Finding finding : findings) {
            html.append("<tr><td>").append(Encode.forHtml(finding.id())).append("</td><td>")
                    .append(Encode.forHtml(finding.dependency())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f (%s)", finding.score(), finding.scoreSource().label()))
                    .append("</td><td>").append(finding.severity()).append("</td><td>")
                    .append(Encode.forHtml(finding.vector())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
