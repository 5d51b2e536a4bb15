package io.jenkins.plugins.deliverygates.performance;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.performance.PerfReport;
import io.deliverygates.performance.PerfResult;
import io.deliverygates.performance.PerfRow;
import io.deliverygates.performance.PerfSummary;
import io.jenkins.plugins.deliverygates.GateAction;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The performance gate's outcome, stored with the build (in build.xml): the status, the verdict counts, one row
 * per comparison or limit for the build page ({@code summary.jelly}), and this run's results (raw samples,
 * compact) as the engine's JSON for the next build's comparison.
 */
public final class PerformanceGateAction extends GateAction {
    private static final Logger LOGGER = Logger.getLogger(PerformanceGateAction.class.getName());

    private final List<Row> rows;
    private final String counts;
    private final String summaryJson;

    private transient PerfSummary summary;

    public PerformanceGateAction(PerfResult result, @CheckForNull String referenceBuildId) {
        super(result.status(), referenceBuildId);
        this.rows = result.rows().stream().map(Row::new).toList();
        this.counts = PerfReport.counts(result);
        this.summaryJson = result.summary().toJson();
        this.summary = result.summary();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The verdicts in one line, e.g. {@code 1 regression, 3 unchanged}. */
    public String getCounts() {
        return counts;
    }

    /** The stored results, or null if they cannot be read (then later builds have no reference, and say so). */
    public @CheckForNull PerfSummary getSummary() {
        if (summary == null && summaryJson != null) {
            try {
                summary = PerfSummary.fromJson(summaryJson, source());
            } catch (InputException e) {
                LOGGER.log(Level.WARNING, "Ignoring the stored performance results: {0}", e.getMessage());
            }
        }
        return summary;
    }

    @Override
    public String getDisplayName() {
        return Messages.PerformanceGateAction_DisplayName();
    }

    /** One row as stored and shown. */
    public static final class Row {
        private final String benchmark;
        private final String check;
        private final GateStatus status;
        private final String verdict;
        private final String ratio;
        private final String interval;
        private final String message;

        Row(PerfRow row) {
            this.benchmark = row.benchmark();
            this.check = row.check();
            this.status = row.status();
            this.verdict = row.verdict().name();
            this.ratio = row.interval() == null ? "\u2013" : String.format(Locale.ROOT, "%.3f", row.interval().ratio());
            this.interval = row.interval() == null ? "\u2013" : String.format(Locale.ROOT, "[%.3f, %.3f]",
                    row.interval().low(), row.interval().high());
            this.message = row.message();
        }

        public String getBenchmark() {
            return benchmark;
        }

        public String getCheck() {
            return check;
        }

        public GateStatus getStatus() {
            return status;
        }

        public String getVerdict() {
            return verdict;
        }

        public String getRatio() {
            return ratio;
        }

        public String getInterval() {
            return interval;
        }

        public String getMessage() {
            return message;
        }
    }
}
