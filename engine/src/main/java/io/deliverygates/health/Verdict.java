package io.deliverygates.health;

import io.deliverygates.ledger.Outcome;
import java.io.Serializable;
import java.util.List;

/**
 * The end of an analysis.
 *
 * @param outcome  {@link Outcome#SUCCEEDED}, {@link Outcome#FAILED} or {@link Outcome#INCONCLUSIVE}
 * @param reason   why, in one sentence (with counts)
 * @param evidence the last failing or erroring measurements (at most {@link #EVIDENCE}), newest last
 * @param passed   measurements that passed
 * @param failed   measurements that failed
 * @param errored  measurements that errored
 */
public record Verdict(Outcome outcome, String reason, List<Measurement> evidence, int passed, int failed,
        int errored) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How many failing measurements a verdict quotes. */
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
