package io.deliverygates.metrics;

import java.util.function.Supplier;

/** The output formats of the metrics, each with its renderer (the CLI's {@code --format}). */
public enum MetricsFormat {
    /** A plain-text summary for terminals and build logs. */
    TEXT(TextRenderer::new),
    /** The whole report as JSON (the records' fields; durations in seconds, times in ISO-8601). */
    JSON(JsonRenderer::new);

    private final Supplier<MetricsRenderer> renderer;

    MetricsFormat(Supplier<MetricsRenderer> renderer) {
        this.renderer = renderer;
    }

    public MetricsRenderer renderer() {
        return renderer.get();
    }
}
