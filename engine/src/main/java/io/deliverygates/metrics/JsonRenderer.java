package io.deliverygates.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.Writer;

/** The report as indented JSON via the shared mapper (records serialize by their components). */
public final class JsonRenderer implements MetricsRenderer {
    @Override
    public void render(MetricsReport report, Writer out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, report);
        out.write(System.lineSeparator());
    }
}
