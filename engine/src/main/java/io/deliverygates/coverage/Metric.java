package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import java.util.Locale;

/**
 * The coverage counters exactly as JaCoCo defines them ({@code org.jacoco.core.analysis.ICoverageNode.CounterEntity}).
 * Cobertura reports only have some of them (see docs/quality-gate.md).
 */
public enum Metric {
    INSTRUCTION,
    BRANCH,
    LINE,
    COMPLEXITY,
    METHOD,
    CLASS;

    /** The lower-case name used in condition strings and reports, e.g. {@code line}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a metric name (any case); {@code parameter} names the option or field in the error. */
    public static Metric parse(String text, String parameter) {
        for (Metric metric : values()) {
            if (metric.name().equalsIgnoreCase(text.trim())) {
                return metric;
            }
        }
        throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                "unknown metric '" + text + "'; expected one of instruction, branch, line, complexity, method, class");
    }
}
