package io.deliverygates.dashboard;

import io.deliverygates.demo.DemoJob;
import io.deliverygates.demo.DemoLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reports computed by the real metrics engine from the demo ledger, for the renderer tests. */
final class Reports {
    static final Instant END = Instant.parse("2026-11-26T12:00:00Z");
    static final String HOSTILE = DemoLedger.JOBS.get(DemoLedger.JOBS.size() - 1).name();
    private static MetricsReport demo;

    private Reports() {
    }

    /** The demo's four jobs over the last 90 days (computed once). */
    static synchronized MetricsReport demo() {
        if (demo == null) {
            demo = report(new DemoLedger(7, END).eventsByJob(), 90);
        }
        return demo;
    }

    static MetricsReport report(Map<DemoJob, List<LedgerEvent>> ledgers, int days) {
        MetricsConfig config = MetricsConfig.defaults();
        Window window = Window.lastDays(days, END);
        List<JobReport> jobs = new ArrayList<>();
        ledgers.forEach((job, events) ->
                jobs.add(new IncrementalMetrics(job.name(), config).acceptAll(events).report(window)));
        return MetricsReport.of(END, window, config, jobs);
    }

    /** A report without any job (no ledger yet). */
    static MetricsReport empty() {
        return report(Map.of(), 30);
    }
}
