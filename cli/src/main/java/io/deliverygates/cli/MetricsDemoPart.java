package io.deliverygates.cli;

import io.deliverygates.dashboard.Formats;
import io.deliverygates.demo.DemoJob;
import io.deliverygates.demo.DemoLedger;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.LedgerMetrics;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.MetricsFormat;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.Window;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DORA metrics on a generated six-month ledger: writes one file ledger per demo job (dev, staging and production
 * deployments with their commits, failures, health checks, rollbacks, incidents and fixes; one job named with
 * markup), reads them back with the metrics engine and writes the dashboard and its data formats.
 */
final class MetricsDemoPart implements DemoPart {
    /** The seed of the demo ledger: the same events every run, relative to the current day. */
    static final long SEED = 2026;
    static final int WINDOW_DAYS = 90;

    private final Clock clock;

    MetricsDemoPart() {
        this(Clock.systemUTC());
    }

    MetricsDemoPart(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String title() {
        return "DORA metrics: six months of a generated ledger";
    }

    @Override
    public String directory() {
        return "metrics";
    }

    @Override
    public String description() {
        return "Writes six generated months of ledgers for four jobs (deployments with their commits, failures,"
                + " health checks, rollbacks, incidents and fixes; one job named with markup) and computes the DORA"
                + " metrics from them: the dashboard, CSV, Prometheus text and JSON.";
    }

    @Override
    public List<Page> write(Path dir, PrintWriter out) throws IOException {
        Instant now = clock.instant();
        MetricsConfig config = MetricsConfig.defaults();
        Window window = Window.lastDays(WINDOW_DAYS, now);
        List<JobReport> jobs = new ArrayList<>();
        for (Map.Entry<DemoJob, List<LedgerEvent>> job : new DemoLedger(SEED, now).eventsByJob().entrySet()) {
            FileLedger ledger = FileLedger.inFolder(dir.resolve("ledgers").resolve(job.getKey().slug()));
            Files.deleteIfExists(ledger.file());
            ledger.appendAll(job.getValue());
            LedgerMetrics metrics = new LedgerMetrics(job.getKey().name(), ledger, config);
            metrics.refresh();
            jobs.add(metrics.report(window));
        }
        MetricsReport report = MetricsReport.of(now, window, config, jobs);
        List<Page> pages = List.of(
                write(dir, "dashboard.html", MetricsFormat.HTML, report, "Dashboard of the last 90 days (HTML)"),
                write(dir, "metrics.csv", MetricsFormat.CSV, report, "The same figures as CSV"),
                write(dir, "metrics.prom", MetricsFormat.PROMETHEUS, report, "… as Prometheus text format"),
                write(dir, "metrics.json", MetricsFormat.JSON, report, "… and as JSON"));
        for (JobReport job : jobs) {
            out.println(job.job() + ": " + summary(job));
        }
        out.println("Ledgers in " + dir.resolve("ledgers") + "; dashboard " + dir.resolve("dashboard.html"));
        return pages;
    }

    private static Page write(Path dir, String file, MetricsFormat format, MetricsReport report, String title) {
        GateCommand.write(dir.resolve(file), format.renderer().render(report));
        return new Page(file, title);
    }

    private static String summary(JobReport job) {
        StringBuilder line = new StringBuilder();
        for (Metric metric : Metric.values()) {
            Headline headline = job.production().headline(metric);
            line.append(line.length() == 0 ? "" : "; ").append(Formats.title(metric)).append(' ')
                    .append(Formats.value(metric, headline.value()));
            if (headline.level() != null) {
                line.append(" (").append(Formats.level(headline.level())).append(')');
            }
        }
        return line.toString();
    }
}
