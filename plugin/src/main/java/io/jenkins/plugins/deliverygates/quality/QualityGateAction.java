package io.jenkins.plugins.deliverygates.quality;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.coverage.gate.ConditionResult;
import io.deliverygates.coverage.gate.CoverageSummary;
import io.deliverygates.coverage.gate.GateReport;
import io.deliverygates.coverage.gate.GateResult;
import io.jenkins.plugins.deliverygates.GateAction;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The quality gate's outcome, stored with the build (in build.xml): the status, one row per condition for the build
 * page ({@code summary.jelly}), and the coverage summary as JSON for the next build's delta conditions. The summary
 * is kept as the engine's JSON rather than as objects so that its format stays the engine's, versioned, and
 * independent of XStream.
 */
public final class QualityGateAction extends GateAction {
    private static final Logger LOGGER = Logger.getLogger(QualityGateAction.class.getName());

    private final List<Row> rows;
    private final String totals;
    private final String summaryJson;
    /** Null in builds stored before warnings existed. */
    private final List<String> warnings;

    private transient CoverageSummary summary;

    public QualityGateAction(GateResult result, @CheckForNull String referenceBuildId) {
        super(result.status(), referenceBuildId);
        this.rows = result.conditions().stream().map(Row::new).collect(Collectors.toList());
        this.totals = GateReport.totals(result);
        this.summaryJson = result.summary().toJson();
        this.summary = result.summary();
        this.warnings = List.copyOf(result.warnings());
    }

    /** Problems with the data that did not change the status, e.g. classes that do not match the .exec data. */
    public List<String> getWarnings() {
        return warnings == null ? List.of() : warnings;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The project totals in one line, e.g. {@code line 81.20% (1234/1520), branch ...}. */
    public String getTotals() {
        return totals;
    }

    /** The stored summary, or null if it cannot be read (then later builds have no reference, and say so). */
    public @CheckForNull CoverageSummary getSummary() {
        if (summary == null && summaryJson != null) {
            try {
                summary = CoverageSummary.fromJson(summaryJson, source());
            } catch (InputException e) {
                LOGGER.log(Level.WARNING, "Ignoring the stored coverage summary: {0}", e.getMessage());
            }
        }
        return summary;
    }

    @Override
    public String getDisplayName() {
        return Messages.QualityGateAction_DisplayName();
    }

    /** One condition's outcome as stored and shown; the numbers are null where they do not apply. */
    public static final class Row {
        private final String condition;
        private final GateStatus status;
        private final String verdict;
        private final Double actual;
        private final Double reference;
        private final Double delta;
        private final String message;

        Row(ConditionResult result) {
            this.condition = result.condition();
            this.status = result.status();
                this.verdict = result.verdict().name();
            this.actual = result.actual();
            this.reference = result.reference();
            this.delta = result.delta();
            this.message = result.message();
        }

        public String getCondition() {
            return condition;
        }

        public GateStatus getStatus() {
            return status;
        }

        public String getVerdict() {
            return verdict;
        }

        public Double getActual() {
            return actual;
        }

        public Double getReference() {
            return reference;
        }

        public Double getDelta() {
            return delta;
        }

        public String getMessage() {
            return message;
        }

        public String getActualText() {
            return text("%.2f", actual);
        }

        public String getReferenceText() {
            return text("%.2f", reference);
        }

        public String getDeltaText() {
            return text("%+.2f", delta);
        }

        private static String text(String format, Double value) {
            return value == null ? "\u2013" : String.format(Locale.ROOT, format, value);
        }
    }
}
