package io.deliverygates.coverage.gate;

import io.deliverygates.common.GateStatus;
import io.deliverygates.coverage.Counter;
import io.deliverygates.coverage.Counters;
import io.deliverygates.coverage.Metric;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.owasp.encoder.Encode;

/**
 * A gate result for people: a plain-text table for consoles and a self-contained HTML page. Every text from a
 * report or a condition (package names, file names, messages) is escaped with the OWASP encoder.
 */
public final class GateReport {
    private GateReport() {
    }

    /** One line per condition and a status line, as printed to the console. */
    public static String text(GateResult result) {
        StringBuilder out = new StringBuilder();
        out.append("Quality gate: ").append(result.status()).append('\n');
        for (ConditionResult row : result.conditions()) {
            out.append(String.format(Locale.ROOT, "  %-8s %-13s %s%n", row.status(), row.verdict(), row.message()));
        }
        result.warnings().forEach(warning -> out.append("WARNING: ").append(warning).append('\n'));
        out.append("Coverage: ").append(totals(result)).append('\n');
        return out.toString();
    }

    /** The project totals in one line: {@code line 81.20% (1234/1520), branch ...}. */
    public static String totals(GateResult result) {
        StringBuilder line = new StringBuilder();
        for (Map.Entry<Metric, Counter> entry : result.summary().totals().asMap().entrySet()) {
            if (line.length() > 0) {
                line.append(", ");
            }
            line.append(entry.getKey().label()).append(' ')
                    .append(Quantity.PERCENT.format(entry.getValue().percent()))
                    .append(" (").append(entry.getValue()).append(')');
        }
        return line.length() == 0 ? "no coverage data" : line.toString();
    }

    /** A complete HTML page: the status, the condition table, the project totals and the package table. */
    public static String html(GateResult result, String title) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Encode.forHtml(title)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.num{text-align:right}")
                .append(".warning{background:#fff4ce;padding:.5em}")
                .append(".PASSED{color:#176f2c}.UNSTABLE{color:#9a6700}.FAILED{color:#b3261e}")
                .append("</style></head><body>\n<h1>").append(Encode.forHtml(title)).append("</h1>\n")
                .append("<p>Status: <strong class=\"").append(result.status().name()).append("\">")
                .append(result.status()).append("</strong>")
                .append(result.referenceAvailable() ? " (compared with a reference build)" : " (no reference build)")
                .append("</p>\n");
        for (String warning : result.warnings()) {
            html.append("<p class=\"warning\"><strong>Warning:</strong> ").append(Encode.forHtml(warning))
                    .append("</p>\n");
        }
        conditions(html, result);
        metricTable(html, "Project", Map.of("project", result.summary().totals()));
        if (!result.summary().packages().isEmpty()) {
            // A gate's own reading keeps only the packages its conditions look at (often none).
            metricTable(html, "Packages", new TreeMap<>(result.summary().packages()));
        }
        html.append("<p>Reports: ");
        html.append(Encode.forHtml(String.join(", ", result.summary().sources()))).append("</p>\n</body></html>\n");
        return html.toString();
    }

    private static void conditions(StringBuilder html, GateResult result) {
        html.append("<h2>Conditions</h2>\n<table><tr><th>Condition</th><th>Status</th><th>Verdict</th>")
                .append("<th>Actual</th><th>Reference</th><th>Delta</th><th>Message</th></tr>\n");
        for (ConditionResult row : result.conditions()) {
            GateStatus status = row.status();
            html.append("<tr><td><code>").append(Encode.forHtml(row.condition())).append("</code></td>")
                    .append("<td class=\"").append(status.name()).append("\">").append(status).append("</td>")
                    .append("<td>").append(row.verdict()).append("</td>")
                    .append(valueCell(row, row.actual())).append(valueCell(row, row.reference()))
                    .append(numberCell(row.delta() == null ? null : String.format(Locale.ROOT, "%+.2f", row.delta())))
                    .append("<td>").append(Encode.forHtml(row.message())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void metricTable(StringBuilder html, String heading, Map<String, Counters> rows) {
        html.append("<h2>").append(Encode.forHtml(heading)).append("</h2>\n<table><tr><th>Name</th>");
        for (Metric metric : Metric.values()) {
            html.append("<th>").append(metric.label()).append("</th>");
        }
        html.append("</tr>\n");
        rows.forEach((name, counters) -> {
            html.append("<tr><td>").append(Encode.forHtml(name.isEmpty() ? "(default)" : name)).append("</td>");
            for (Metric metric : Metric.values()) {
                html.append("<td class=\"num\">").append(counters.get(metric)
                        .map(c -> Quantity.PERCENT.format(c.percent()) + " (" + c + ")")
                        .orElse("&ndash;")).append("</td>");
            }
            html.append("</tr>\n");
        });
        html.append("</table>\n");
    }

    private static String valueCell(ConditionResult row, Double value) {
        return numberCell(value == null ? null : row.parsed().quantity().format(value));
    }

    private static String numberCell(String text) {
        return "<td class=\"num\">" + (text == null ? "&ndash;" : Encode.forHtml(text)) + "</td>";
    }
}
