package io.deliverygates.metrics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a {@link MetricsReport} in one output format; {@link MetricsFormat} names the available ones. */
public interface MetricsRenderer {
    void render(MetricsReport report, Writer out) throws IOException;

    default String render(MetricsReport report) {
        StringWriter out = new StringWriter();
        try {
            render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
