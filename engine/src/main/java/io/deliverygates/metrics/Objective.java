package io.deliverygates.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A target for a headline metric, e.g. "at least 10 deployments a day".
 *
 * @param metric     the metric, compared in its {@link Metric#unit()}
 * @param comparison how the value must relate to the target
 * @param target     the target in the metric's unit
 */
public record Objective(Metric metric, Comparison comparison, double target) {
    /** How a value must relate to the target to meet it. */
    public enum Comparison {
        AT_LEAST,
        LESS_THAN
    }

    public Objective {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The project's KPI targets: ≥ 10 deployments a day, lead time &lt; 1 h, MTTR &lt; 15 min, failure rate &lt; 5 %. */
    public static List<Objective> defaults() {
        return List.of(
                new Objective(Metric.DEPLOYMENT_FREQUENCY, Comparison.AT_LEAST, 10),
                new Objective(Metric.LEAD_TIME, Comparison.LESS_THAN, Duration.ofHours(1).toSeconds()),
                new Objective(Metric.TIME_TO_RESTORE, Comparison.LESS_THAN, Duration.ofMinutes(15).toSeconds()),
                new Objective(Metric.CHANGE_FAILURE_RATE, Comparison.LESS_THAN, 0.05));
    }

    public ObjectiveResult evaluate(Double value) {
        if (value == null) {
            return new ObjectiveResult(this, null, ObjectiveResult.Status.NO_DATA);
        }
        boolean met = comparison == Comparison.AT_LEAST ? value >= target : value < target;
        return new ObjectiveResult(this, value, met ? ObjectiveResult.Status.MET : ObjectiveResult.Status.NOT_MET);
    }
}
