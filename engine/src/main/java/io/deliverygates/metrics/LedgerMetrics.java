package io.deliverygates.metrics;

import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerCursor;
import io.deliverygates.ledger.LedgerRead;
import java.io.IOException;
import java.util.Objects;

/**
 * The metrics of one file ledger, kept current cheaply: each {@link #report} first reads only the events appended
 * since the last read (from a cursor) and feeds them to the incremental engine; when the file was rewritten
 * (retention) it starts over. Thread-safe, so a Jenkins action can share one per job.
 */
public final class LedgerMetrics {
    private final String job;
    private final FileLedger ledger;
    private final MetricsConfig config;
    private IncrementalMetrics metrics;
    private LedgerCursor cursor = LedgerCursor.START;

    public LedgerMetrics(String job, FileLedger ledger, MetricsConfig config) {
        this.job = Objects.requireNonNull(job, "job");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.config = Objects.requireNonNull(config, "config");
        this.metrics = new IncrementalMetrics(job, config);
    }

    /** Reads the events appended since the last read; the result's warnings name records that were skipped. */
    public synchronized LedgerRead refresh() throws IOException {
        LedgerRead read = ledger.read(cursor);
        if (read.restarted()) {
            metrics = new IncrementalMetrics(job, config);
        }
        metrics.acceptAll(read.events());
        cursor = read.cursor();
        return read;
    }

    /** The job's report for the window, after reading what was appended since the last call. */
    public synchronized JobReport report(Window window) throws IOException {
        refresh();
        return metrics.report(window);
    }

    /** How many events the figures are made of. */
    public synchronized long events() {
        return metrics.events();
    }

    public String job() {
        return job;
    }

    public FileLedger ledger() {
        return ledger;
    }
}
