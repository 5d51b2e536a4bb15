package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.List;

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

    public boolean isEmpty() {
        return jacoco.isEmpty() && jacocoExec.isEmpty() && cobertura.isEmpty();
    }
}
