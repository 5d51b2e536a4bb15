package io.deliverygates.metrics;

import java.util.function.Supplier;

/** The output formats of the metrics, each with its renderer (the CLI's {@code --format}). */
public enum MetricsFormat {
    /** A plain-text summary for terminals and build logs. */
    TEXT(TextRenderer::new),
    /** The whole report as JSON (the records' fields; durations in seconds, times in ISO-8601). */
    JSON(JsonRenderer::new),
    /** The dashboard as one self-contained HTML page (docs/dashboard.md). */
    HTML(io.deliverygates.dashboard.HtmlDashboardRenderer::standalone),
    /** One tidy CSV table: a row per job, scope, period and metric (docs/dashboard.md). */
    CSV(io.deliverygates.dashboard.CsvReportRenderer::new),
    /** Prometheus text exposition format 0.0.4, gauges per job and environment (docs/dashboard.md). */
    PROMETHEUS(io.deliverygates.dashboard.PrometheusReportRenderer::new);

    private final Supplier<MetricsRenderer> renderer;

    MetricsFormat(Supplier<MetricsRenderer> renderer) {
        this.renderer = renderer;
    }

    public MetricsRenderer renderer() {
        return renderer.get();
    }
}
