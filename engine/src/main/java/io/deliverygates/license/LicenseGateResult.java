package io.deliverygates.license;

import com.fasterxml.jackson.core.JacksonException;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's verdict with every component's verdict behind it, worst first.
 *
 * @param summary the compact summary stored with the build
 */
public record LicenseGateResult(LicenseSummary summary, List<ComponentVerdict> verdicts) {
    public LicenseGateResult {
        verdicts = List.copyOf(verdicts);
    }

    public GateStatus status() {
        return summary.status();
    }

    /** The JSON report: the summary (without the component keys) and every verdict. */
    public String toJson() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", summary.status());
        Map<String, Object> counts = Json.mapper().convertValue(summary, Map.class);
        counts.remove("componentKeys");
        report.put("summary", counts);
        report.put("components", verdicts);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JacksonException e) {
            throw new IllegalStateException("a result is always serializable", e);
        }
    }
}
