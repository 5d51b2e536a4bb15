package io.deliverygates.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completes dependency-check's SARIF report for code-scanning tools: dependency-check gives every result the level
 * {@code warning} and gives CVEs with only a CVSS v2 score no {@code security-severity}. Here each rule gets the
 * score the gate used and each result a level from the finding's severity.
 */
final class SarifLevels {
    private SarifLevels() {
    }

    static void apply(Path report, List<Finding> findings) throws IOException {
        Map<String, Finding> worstById = new HashMap<>();
        findings.stream().sorted(Finding.WORST_FIRST).forEach(f -> worstById.putIfAbsent(f.id(), f));
        JsonNode sarif = Json.mapper().readTree(report.toFile());
        for (JsonNode run : sarif.path("runs")) {
            for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
                Finding finding = worstById.get(rule.path("id").asText());
                if (finding != null && rule.isObject()) {
                    ObjectNode properties = rule.has("properties") && rule.get("properties").isObject()
                            ? (ObjectNode) rule.get("properties") : ((ObjectNode) rule).putObject("properties");
                    if (finding.scoreSource() != ScoreSource.NONE && !properties.hasNonNull("security-severity")) {
                        properties.put("security-severity", String.format(Locale.ROOT, "%.1f", finding.score()));
                    }
                    ((ObjectNode) rule).putObject("defaultConfiguration").put("level", level(finding.severity()));
                }
            }
            for (JsonNode result : run.path("results")) {
                Finding finding = worstById.get(result.path("ruleId").asText());
                if (finding != null && result.isObject()) {
                    ((ObjectNode) result).put("level", level(finding.severity()));
                }
            }
        }
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(report.toFile(), sarif);
    }

    /** SARIF's levels as code scanning reads them: error for critical and high, warning for medium, else note. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, UNSCORED -> "note";
        };
    }
}
