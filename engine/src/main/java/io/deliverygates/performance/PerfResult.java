package io.deliverygates.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.Json;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the performance gate: the overall status (the worst row), one row per comparison and limit,
 * whether a reference was available, and this run's summary to store for the next build (not in the JSON output:
 * it holds every raw sample).
 */
public record PerfResult(GateStatus status, List<PerfRow> rows, boolean referenceAvailable, List<String> sources,
                         @JsonIgnore PerfSummary summary) implements Serializable {
    public PerfResult {
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
    }

    /** The rows that made the gate worse than PASSED. */
    public List<PerfRow> problems() {
        return rows.stream().filter(row -> row.status() != GateStatus.PASSED).toList();
    }

    /** How many rows have each verdict, in the verdicts' order; verdicts with no row are left out. */
    public Map<Verdict, Long> counts() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        rows.forEach(row -> counts.merge(row.verdict(), 1L, Long::sum));
        return counts;
    }

    public String toJson() {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("performance result not serializable", e);
        }
    }
}
