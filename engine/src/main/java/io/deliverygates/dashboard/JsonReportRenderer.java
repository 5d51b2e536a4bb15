package io.deliverygates.dashboard;

import io.deliverygates.common.Json;
import io.deliverygates.metrics.MetricsReport;
import java.io.IOException;

/** The whole report as JSON, with the project's one Jackson configuration (ISO-8601 times). */
public final class JsonReportRenderer implements ReportRenderer {
    @Override
    public String contentType() {
        return "application/json;charset=UTF-8";
    }

    @Override
    public void render(MetricsReport report, Appendable out) throws IOException {
        out.append(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report)).append('\n');
    }
}
