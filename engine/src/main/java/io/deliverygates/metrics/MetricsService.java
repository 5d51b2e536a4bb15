package io.deliverygates.metrics;

import io.deliverygates.ledger.FileLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link LedgerMetrics} per ledger file, created on first use and kept, so repeated requests (dashboards,
 * Jenkins actions) cost only the events appended since the previous one. Thread-safe. Make a new service when the
 * configuration changes.
 */
public final class MetricsService {
    private final MetricsConfig config;
    private final Map<String, LedgerMetrics> ledgers = new ConcurrentHashMap<>();

    public MetricsService(MetricsConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public MetricsConfig config() {
        return config;
    }

    /** The kept state of a job's ledger (a folder holding the ledger file, or the file itself). */
    public LedgerMetrics ledger(String job, Path folderOrFile) {
        FileLedger ledger = FileLedger.at(folderOrFile);
        return ledgers.computeIfAbsent(job + '\n' + ledger.file(), key -> new LedgerMetrics(job, ledger, config));
    }

    public JobReport job(String job, Path folderOrFile, Window window) throws IOException {
        return ledger(job, folderOrFile).report(window);
    }

    /** The report across jobs: job name → ledger, in the map's order. */
    public MetricsReport report(Map<String, Path> jobs, Window window, Instant now) throws IOException {
        List<JobReport> reports = new ArrayList<>();
        for (Map.Entry<String, Path> job : jobs.entrySet()) {
            reports.add(job(job.getKey(), job.getValue(), window));
        }
        return MetricsReport.of(now, window, config, reports);
    }

    /** Forgets a job's state (e.g. when the job was deleted). */
    public void forget(String job, Path folderOrFile) {
        ledgers.remove(job + '\n' + FileLedger.at(folderOrFile).file());
    }
}
