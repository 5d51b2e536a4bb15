package io.deliverygates.performance;

import io.deliverygates.common.GateStatus;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/**
 * A performance gate result for people: a plain-text table for consoles and a self-contained HTML page. Every
 * text from a result file (benchmark names, labels) is escaped with the OWASP encoder.
 */
public final class PerfReport {
    private PerfReport() {
    }

    /** One line per row and a status line, as printed to the console. */
    public static String text(PerfResult result) {
        StringBuilder out = new StringBuilder();
        out.append("Performance gate: ").append(result.status()).append(" (").append(counts(result)).append(")\n");
        for (PerfRow row : result.rows()) {
            out.append(String.format(Locale.ROOT, "  %-8s %-12s %s [%s]: %s%n", row.status(), row.verdict(),
                    row.benchmark(), row.check(), row.message()));
        }
        return out.toString();
    }

    /** The verdicts in one line, e.g. {@code 1 regression, 2 unchanged}. */
    public static String counts(PerfResult result) {
        Map<Verdict, Long> counts = result.counts();
        return counts.isEmpty() ? "nothing compared" : counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    /** A complete HTML page: the status, the verdict counts and one table row per comparison or limit. */
    public static String html(PerfResult result, String title) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Encode.forHtml(title)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.num{text-align:right}")
                .append(".PASSED{color:#176f2c}.UNSTABLE{color:#9a6700}.FAILED{color:#b3261e}")
                .append("</style></head><body>\n<h1>").append(Encode.forHtml(title)).append("</h1>\n")
                .append("<p>Status: <strong class=\"").append(result.status().name()).append("\">")
                .append(result.status()).append("</strong> (").append(Encode.forHtml(counts(result))).append(")")
                .append(result.referenceAvailable() ? ", compared with a reference build" : ", no reference build")
                .append("</p>\n<table><tr><th>Benchmark</th><th>Check</th><th>Status</th><th>Verdict</th>")
                .append("<th>Current</th><th>Reference</th><th>Ratio</th><th>Interval</th><th>Samples</th>")
                .append("<th>Message</th></tr>\n");
        for (PerfRow row : result.rows()) {
            GateStatus status = row.status();
            RatioInterval interval = row.interval();
            html.append("<tr><td><code>").append(Encode.forHtml(row.benchmark())).append("</code></td>")
                    .append("<td>").append(Encode.forHtml(row.check())).append("</td>")
                    .append("<td class=\"").append(status.name()).append("\">").append(status).append("</td>")
                    .append("<td>").append(row.verdict()).append("</td>")
                    .append(cell(row.current(), row.unit())).append(cell(row.reference(), row.unit()))
                    .append(numberCell(interval == null ? ratio(row) : PerfGate.ratio(interval.ratio())))
                    .append(numberCell(interval == null ? null : "[" + PerfGate.ratio(interval.low()) + ", "
                            + PerfGate.ratio(interval.high()) + "] " + PerfGate.percent(interval.confidence())))
                    .append(numberCell(row.samples()))
                    .append("<td>").append(Encode.forHtml(row.message())).append("</td></tr>\n");
        }
        html.append("</table>\n<p>Results: ").append(Encode.forHtml(String.join(", ", result.sources())))
                .append("</p>\n</body></html>\n");
        return html.toString();
    }

    private static String ratio(PerfRow row) {
        return row.current() == null || row.reference() == null || row.reference() == 0 || row.unit().equals("%")
                ? null : PerfGate.ratio(row.current() / row.reference());
    }

    private static String cell(Double value, String unit) {
        return numberCell(value == null ? null : PerfGate.number(value) + " " + unit);
    }

    private static String numberCell(String text) {
        return "<td class=\"num\">" + (text == null ? "&ndash;" : Encode.forHtml(text)) + "</td>";
    }
}
