package io.deliverygates.dashboard;

import io.deliverygates.common.InputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The output formats of a metrics report, each with its renderer and file extension. */
public enum ReportFormat {
    HTML("html", HtmlDashboardRenderer::standalone),
    JSON("json", JsonReportRenderer::new),
    CSV("csv", CsvReportRenderer::new),
    PROMETHEUS("prom", PrometheusReportRenderer::new);

    private final String extension;
    private final Supplier<ReportRenderer> renderer;

    ReportFormat(String extension, Supplier<ReportRenderer> renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    public ReportRenderer renderer() {
        return renderer.get();
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format of a name given by a user ({@code html}, {@code json}, {@code csv}, {@code prometheus}). */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new InputException(InputException.Problem.INVALID_PARAMETER, "format",
                "unknown format '" + name + "', use one of " + Arrays.stream(values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
