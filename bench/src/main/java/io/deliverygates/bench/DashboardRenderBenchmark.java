package io.deliverygates.bench;

import io.deliverygates.dashboard.CsvReportRenderer;
import io.deliverygates.dashboard.HtmlDashboardRenderer;
import io.deliverygates.dashboard.PrometheusReportRenderer;
import io.deliverygates.demo.DemoJob;
import io.deliverygates.demo.DemoLedger;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.JsonRenderer;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.MetricsRenderer;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the dashboard of a ledger with about 100,000 deployments (ten busy jobs, six months, dev/staging/
 * production, from the demo generator), against the JSON rendering of the same report as the baseline. The report
 * is computed once in the setup: these measure the renderers alone. {@code metricsThenHtml} adds computing the
 * 90-day report from the already-fed incremental engines, i.e. what a dashboard request costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DashboardRenderBenchmark {
    private static final Instant END = Instant.parse("2026-11-26T12:00:00Z");
    private static final int JOBS = 10;
    private static final double RELEASES_PER_WORKDAY = 27;

    private final HtmlDashboardRenderer html = HtmlDashboardRenderer.standalone();
    private final JsonRenderer json = new JsonRenderer();
    private final CsvReportRenderer csv = new CsvReportRenderer();
    private final PrometheusReportRenderer prometheus = new PrometheusReportRenderer();
    private final List<IncrementalMetrics> engines = new ArrayList<>();
    private MetricsConfig config;
    private Window window;
    private MetricsReport report;

    @Setup
    public void setUp() {
        List<DemoJob> jobs = new ArrayList<>();
        for (int i = 1; i <= JOBS; i++) {
            jobs.add(new DemoJob("team-" + i + "/service-" + i, i + ".0.", RELEASES_PER_WORKDAY));
        }
        config = MetricsConfig.defaults();
        window = Window.lastDays(90, END);
        long deployments = 0;
        for (Map.Entry<DemoJob, List<LedgerEvent>> ledger : new DemoLedger(1, END, jobs).eventsByJob().entrySet()) {
            deployments += ledger.getValue().stream().filter(e -> e.type() == EventType.DEPLOYMENT_FINISHED).count();
            engines.add(new IncrementalMetrics(ledger.getKey().name(), config).acceptAll(ledger.getValue()));
        }
        report = report();
        System.out.printf("%n%d deployments in %d ledgers; dashboard %d KiB, JSON %d KiB%n", deployments, JOBS,
                html.render(report).length() / 1024, json.render(report).length() / 1024);
    }

    /** The report of the 90-day window, computed from the fed engines. */
    MetricsReport report() {
        List<JobReport> jobs = new ArrayList<>();
        for (IncrementalMetrics engine : engines) {
            jobs.add(engine.report(window));
        }
        return MetricsReport.of(END, window, config, jobs);
    }

    MetricsRenderer htmlRenderer() {
        return html;
    }

    MetricsRenderer jsonRenderer() {
        return json;
    }

    /** The baseline: Jackson writing the same report as JSON. */
    @Benchmark
    public String jsonBaseline() {
        return json.render(report);
    }

    @Benchmark
    public String html() {
        return html.render(report);
    }

    @Benchmark
    public String csv() {
        return csv.render(report);
    }

    @Benchmark
    public String prometheus() {
        return prometheus.render(report);
    }

    @Benchmark
    public String metricsThenHtml() {
        return html.render(report());
    }
}
