package io.deliverygates.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to scan and how.
 *
 * @param dataDirectory the shared data directory filled by an update
 * @param paths files and folders to scan
 * @param suppressionFiles dependency-check suppression files (schema 1.4)
 * @param reportDirectory where reports go
 * @param formats which of dependency-check's reports to write there
 * @param applicationName the name shown in the reports
 * @param experimentalAnalyzers dependency-check's experimental analyzers (the Python ones are among them)
 * @param networkAnalyzers dependency-check's analyzers that use the network (Central, OSS Index, ...): off unless
 *     asked for, so a scan never depends on the network
 * @param lockTimeout how long to wait for a running update of the data directory
 */
public record ScanRequest(Path dataDirectory, List<Path> paths, List<Path> suppressionFiles, Path reportDirectory,
        Set<ReportFormat> formats, String applicationName, boolean experimentalAnalyzers, boolean networkAnalyzers,
        Duration lockTimeout) {

    public ScanRequest {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        paths = List.copyOf(paths);
        suppressionFiles = suppressionFiles == null ? List.of() : List.copyOf(suppressionFiles);
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        applicationName = applicationName == null || applicationName.isBlank() ? "project" : applicationName;
    }
}
