package io.deliverygates.metrics;

import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerCursor;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.LedgerScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The metrics of one file ledger, kept current cheaply: each {@link #report} first reads only the events appended
 * since the last read (from a cursor) and feeds them to the incremental engine; when the file was rewritten
 * (retention) it starts over. The first read folds each event into the figures as it is parsed, so a ledger of a
 * million events is never held in memory as a list (~0.5 GB). Thread-safe, so a Jenkins action can share one per
 * job.
 */
public final class LedgerMetrics {
    private static final System.Logger LOG = System.getLogger(LedgerMetrics.class.getName());
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
    public synchronized LedgerScan refresh() throws IOException {
        if (cursor.offset() == 0) {
            // cold: fold while reading, into a state that replaces the old one only once the read succeeded
            IncrementalMetrics fresh = new IncrementalMetrics(job, config).expect(estimatedEvents());
            LedgerScan scan = ledger.scan(LedgerCursor.START, fresh::accept);
            metrics = fresh;
            cursor = scan.cursor();
            return scan;
        }
        List<LedgerEvent> appended = new ArrayList<>(); // the events appended since: few
        LedgerScan scan = ledger.scan(cursor, appended::add);
        if (scan.restarted()) {
            metrics = new IncrementalMetrics(job, config);
        }
        metrics.acceptAll(appended);
        cursor = scan.cursor();
        return scan;
    }

    /** About how many events the file holds (lines are a few hundred bytes), to size the id tables once. */
    private int estimatedEvents() throws IOException {
        Path file = ledger.file();
        return Files.isRegularFile(file) ? (int) Math.min(Integer.MAX_VALUE / 2, Files.size(file) / 300) : 0;
    }

    /** The job's report for the window, after reading what was appended since the last call. */
    public synchronized JobReport report(Window window) throws IOException {
        // the caller sees no warnings here: log them (once: the cursor moves past the skipped records)
        refresh().warnings().forEach(warning -> LOG.log(System.Logger.Level.WARNING, warning));
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
