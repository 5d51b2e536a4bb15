package io.jenkins.plugins.deliverygates.quality;

import io.deliverygates.common.InputException;
import io.deliverygates.coverage.ReportSelection;
import io.deliverygates.coverage.gate.QualityGate;
import io.jenkins.plugins.deliverygates.WorkspacePaths;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parameters shared by the {@code qualityGate} Pipeline step and the freestyle build step, as typed by the user:
 * report globs (comma separated, relative to the workspace), condition strings (see
 * {@link io.deliverygates.coverage.gate.Condition}), the reference job, whether a missing metric fails and whether
 * classes that do not match their {@code .exec} data fail.
 */
public record QualityGateParameters(String jacoco, String jacocoExec, String classes, String cobertura,
                                    List<String> conditions, String referenceJob, boolean failOnMissingMetric,
                                    boolean failOnClassMismatch)
        implements Serializable {
    public QualityGateParameters {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Parameters that warn about classes not matching their {@code .exec} data instead of failing. */
    public QualityGateParameters(String jacoco, String jacocoExec, String classes, String cobertura,
                                 List<String> conditions, String referenceJob, boolean failOnMissingMetric) {
        this(jacoco, jacocoExec, classes, cobertura, conditions, referenceJob, failOnMissingMetric, false);
    }

    /**
     * The reports to read, for the engine's loader.
     *
     * @throws InputException (UNSAFE) for a pattern that leaves the workspace: an absolute path or one with
     *                        {@code ..}. On the built-in node a report path must not reach the controller's files.
     */
    public ReportSelection reports() {
        return new ReportSelection(inWorkspace(jacoco, "jacoco"), inWorkspace(jacocoExec, "jacocoExec"),
                inWorkspace(classes, "classes"), inWorkspace(cobertura, "cobertura"));
    }

    /** The comma-separated globs of a parameter, refusing any that leave the workspace (see {@link #reports()}). */
    public static List<String> inWorkspace(String text, String parameter) {
        List<String> patterns = globs(text);
        for (String pattern : patterns) {
            WorkspacePaths.requireInside(pattern, parameter);
        }
        return patterns;
    }

    /** The gate; an unreadable condition is an InputException naming the {@code conditions} parameter. */
    public QualityGate gate() {
        return QualityGate.parse(conditions, failOnMissingMetric, failOnClassMismatch, "conditions");
    }

    /** Splits a comma-separated list of globs; blanks are dropped. */
    static List<String> globs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    /**
     * Normalizes conditions as they come from a script (one per element) or from the form's text area (one per
     * line, arriving as a single element): trimmed, blank lines dropped.
     */
    static List<String> conditionLines(Collection<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream().filter(s -> s != null).flatMap(String::lines).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    /** The conditions as the form's text area shows them (one per line), or null for none. */
    static String conditionsText(List<String> conditions) {
        return conditions.isEmpty() ? null : String.join("\n", conditions);
    }
}
