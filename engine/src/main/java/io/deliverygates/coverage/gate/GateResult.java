package io.deliverygates.coverage.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.Json;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a quality gate: the overall status (the worst row), one row per condition, whether a reference
 * summary was available, the summary of this build to store for the next build's deltas, and warnings about the
 * data that did not change the status (e.g. classes that do not match their execution data).
 */
public record GateResult(GateStatus status, List<ConditionResult> conditions, boolean referenceAvailable,
                         CoverageSummary summary, List<String> warnings) implements Serializable {
    public GateResult {
        conditions = List.copyOf(conditions);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result without warnings. */
    public GateResult(GateStatus status, List<ConditionResult> conditions, boolean referenceAvailable,
                      CoverageSummary summary) {
        this(status, conditions, referenceAvailable, summary, List.of());
    }

    /** The rows that made the gate worse than PASSED. */
    public List<ConditionResult> problems() {
        return conditions.stream().filter(row -> row.status() != GateStatus.PASSED).collect(Collectors.toList());
    }

    public String toJson() {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("gate result not serializable", e);
        }
    }
}
