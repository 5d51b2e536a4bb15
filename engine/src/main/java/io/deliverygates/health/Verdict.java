package io.deliverygates.health;

import io.deliverygates.ledger.Outcome;
import java.io.Serializable;
import java.util.List;

/**
 * The end of an analysis.
 *
 * @param outcome  {@link Outcome#SUCCEEDED}, {@link Outcome#FAILED} (too many failures, or too many errors in a
 *                 row), {@link Outcome#INCONCLUSIVE} (undecided) or {@link Outcome#ABORTED}
 * @param reason   why, in one sentence (with counts); a FAILED verdict says whether failing responses or errors
 *                 (no usable answer) failed it
 * @param evidence the last failing or erroring measurements (at most {@link #EVIDENCE}), newest last
 * @param passed   measurements that passed
 * @param failed   measurements that failed
 * @param errored  measurements that errored
 */
public record Verdict(Outcome outcome, String reason, List<Measurement> evidence, int passed, int failed,
        int errored) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How many failing or erroring measurements a verdict quotes. */
    public static final int EVIDENCE = 3;

    public Verdict {
        evidence = List.copyOf(evidence);
    }

    /** The reason followed by the quoted measurements, one per line. */
    public String explain() {
        StringBuilder text = new StringBuilder(outcome.name()).append(": ").append(reason);
        for (Measurement measurement : evidence) {
            text.append(System.lineSeparator()).append("  ").append(measurement.describe());
            if (!measurement.bodyExcerpt().isEmpty()) {
                text.append(" body: ").append(measurement.bodyExcerpt());
            }
        }
        return text.toString();
    }
}
