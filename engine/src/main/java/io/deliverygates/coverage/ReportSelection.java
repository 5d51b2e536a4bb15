package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reports of one gate, as the user names them (files or globs relative to a base folder): JaCoCo XML reports,
 * JaCoCo {@code .exec} files with their class folders/jars, and Cobertura XML reports. Shared by the CLI options and
 * the Jenkins step's parameters ({@code jacoco}, {@code jacocoExec}, {@code classes}, {@code cobertura}).
 */
public record ReportSelection(List<String> jacoco, List<String> jacocoExec, List<String> classes,
                              List<String> cobertura) implements Serializable {
    public ReportSelection {
        jacoco = jacoco == null ? List.of() : List.copyOf(jacoco);
        jacocoExec = jacocoExec == null ? List.of() : List.copyOf(jacocoExec);
        classes = classes == null ? List.of() : List.copyOf(classes);
        cobertura = cobertura == null ? List.of() : List.copyOf(cobertura);
    }

    /**
     * A selection from the Jenkins step's string parameters: each is a file or glob, or several separated by
     * commas; null or blank means none.
     */
    public static ReportSelection ofPatterns(String jacoco, String jacocoExec, String classes, String cobertura) {
        return new ReportSelection(split(jacoco), split(jacocoExec), split(classes), split(cobertura));
    }

    static List<String> split(String patterns) {
        if (patterns == null || patterns.isBlank()) {
            return List.of();
        }
        return Arrays.stream(patterns.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .collect(Collectors.toList());
    }

    public boolean isEmpty() {
        return jacoco.isEmpty() && jacocoExec.isEmpty() && cobertura.isEmpty();
    }
}
