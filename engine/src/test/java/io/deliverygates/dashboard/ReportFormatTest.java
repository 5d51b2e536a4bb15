package io.deliverygates.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void namesMapToTheirRenderers() {
        assertThat(ReportFormat.of("HTML").renderer()).isInstanceOf(HtmlDashboardRenderer.class);
        assertThat(ReportFormat.of(" json").renderer()).isInstanceOf(JsonReportRenderer.class);
        assertThat(ReportFormat.of("csv").renderer()).isInstanceOf(CsvReportRenderer.class);
        assertThat(ReportFormat.of("prometheus").renderer()).isInstanceOf(PrometheusReportRenderer.class);
        assertThat(ReportFormat.PROMETHEUS.extension()).isEqualTo("prom");
    }

    @Test
    void anUnknownFormatIsAParameterProblemNamingTheChoices() {
        assertThatThrownBy(() -> ReportFormat.of("xml")).isInstanceOf(InputException.class)
                .hasMessageContaining("format").hasMessageContaining("html, json, csv, prometheus");
    }
}
