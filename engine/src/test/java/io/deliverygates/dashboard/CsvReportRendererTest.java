package io.deliverygates.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsReport;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportRendererTest {
    @Test
    void parsesWithCommonsCsvIntoOneRowPerJobScopePeriodAndMetric() throws Exception {
        MetricsReport report = Reports.demo();
        List<CSVRecord> rows = parse(new CsvReportRenderer().render(report));
        int expected = 0;
        for (JobReport job : report.jobs()) {
            expected += (1 + job.environments().size()) * Metric.values().length + 1
                    + job.production().trend().size() * Metric.values().length + job.builds().trend().size();
        }
        assertThat(rows).hasSize(expected);
        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(CsvReportRenderer.HEADER.length));
    }

    @Test
    void windowRowsCarryTheHeadlineValuesLevelsAndObjectives() throws Exception {
        MetricsReport report = Reports.demo();
        List<CSVRecord> rows = parse(new CsvReportRenderer().render(report));
        for (JobReport job : report.jobs()) {
            for (Metric metric : Metric.values()) {
                Headline headline = job.production().headline(metric);
                CSVRecord row = rows.stream().filter(r -> r.get("job").equals(job.job())
                        && r.get("scope").equals("production") && r.get("period").equals("window")
                        && r.get("metric").equals(metric.name().toLowerCase(Locale.ROOT))).findFirst().orElseThrow();
                assertThat(row.get("environment")).isEqualTo(String.join(",", job.production().environments()));
                assertThat(row.get("value")).isEqualTo(headline.value() == null ? "" : headline.value().toString());
                assertThat(row.get("unit")).isEqualTo(metric.unit());
                assertThat(row.get("from")).isEqualTo(report.window().from().toString());
                if (headline.objective() != null) {
                    assertThat(row.get("objective_status"))
                            .isEqualTo(headline.objective().status().name().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void namesWithQuotesCommasAndMarkupRoundTrip() throws Exception {
        List<CSVRecord> rows = parse(new CsvReportRenderer().render(Reports.demo()));
        assertThat(rows).anySatisfy(row -> assertThat(row.get("job")).isEqualTo(Reports.HOSTILE));
        assertThat(new CsvReportRenderer().contentType()).startsWith("text/csv");
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
