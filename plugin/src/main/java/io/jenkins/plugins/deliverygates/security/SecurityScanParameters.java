package io.jenkins.plugins.deliverygates.security;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import io.deliverygates.security.AllowEntry;
import io.deliverygates.security.SecurityPolicy;
import io.deliverygates.security.Severity;
import io.jenkins.plugins.deliverygates.WorkspacePaths;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The scan step's parameters as they travel to the agent: plain strings, parsed by the engine there, so that a
 * wrong value becomes an InputException naming the parameter.
 */
record SecurityScanParameters(List<String> paths, List<String> suppressionFiles, Double maxCvss,
        String failOnSeverity, boolean newOnly, String criticality, List<String> denyList, List<String> allowList,
        String formats, String dataDirectory, boolean dataDirectoryInWorkspace, boolean experimental,
        boolean networkAnalyzers, boolean allowEmpty) implements Serializable {

    SecurityScanParameters {
        paths = List.copyOf(paths);
        suppressionFiles = List.copyOf(suppressionFiles);
        denyList = List.copyOf(denyList);
        allowList = List.copyOf(allowList);
    }

    /**
     * From the form's or the script's values: list parameters are strings with values separated by commas or new
     * lines; a step's data directory is relative to the workspace, a blank one means the administrator's global
     * one (which may be anywhere on the agent).
     */
    static SecurityScanParameters of(String paths, String suppressionFiles, Double maxCvss, String failOnSeverity,
            boolean newOnly, String criticality, String denyList, String allowList, String formats,
            String dataDirectory, boolean experimental, boolean networkAnalyzers, boolean allowEmpty) {
        String directory = dataDirectory != null ? dataDirectory : SecurityScanConfiguration.get().getDataDirectory();
        return new SecurityScanParameters(values(paths), values(suppressionFiles), maxCvss, failOnSeverity, newOnly,
                criticality, values(denyList), values(allowList), formats, directory, dataDirectory != null,
                experimental, networkAnalyzers, allowEmpty);
    }

    /**
     * @throws InputException (UNSAFE, naming the parameter) for a path, suppression file or step data directory
     *                        outside the workspace
     */
    void checkInWorkspace() {
        paths.forEach(path -> WorkspacePaths.requireInside(path, "paths"));
        suppressionFiles.forEach(path -> WorkspacePaths.requireInside(path, "suppressionFiles"));
        if (dataDirectoryInWorkspace) {
            WorkspacePaths.requireInside(dataDirectory, "dataDirectory");
        }
    }

    /** A list parameter: values separated by commas or new lines (the form's text areas send new lines). */
    static List<String> values(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n\\r]+")).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }

    SecurityPolicy policy() {
        Severity severity = failOnSeverity == null ? null : Severity.parse("failOnSeverity", failOnSeverity);
        return new SecurityPolicy(maxCvss, severity, newOnly, Criticality.parse("criticality", criticality),
                Set.copyOf(denyList), allowList.stream().map(entry -> AllowEntry.parse("allowList", entry)).toList());
    }
}
