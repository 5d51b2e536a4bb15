package io.deliverygates.dashboard;

import io.deliverygates.metrics.MetricsReport;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns a {@link MetricsReport} into one output format (HTML, JSON, CSV, Prometheus text). */
public interface ReportRenderer {
    /** The HTTP media type of the output, with its charset. */
    String contentType();

    /** Writes the report to {@code out} (a Writer or a StringBuilder). */
    void render(MetricsReport report, Appendable out) throws IOException;

    /** The report as a string. */
    default String render(MetricsReport report) {
        StringBuilder out = new StringBuilder(8192);
        try {
            render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not throw", e);
        }
        return out.toString();
    }
}
