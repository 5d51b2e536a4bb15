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
 * @param tempDirectory where the scan keeps its temporary files (its own data directory, dependency-check's
 *     {@code dctemp*} database copy), all removed when it ends; created if missing; null for {@code java.io.tmpdir}
 * @param allowEmpty if false (the default), a scan that finds no dependency at all fails (nothing checked is not
 *     a pass); true for pipelines that may legitimately have none
 */
public record ScanRequest(Path dataDirectory, List<Path> paths, List<Path> suppressionFiles, Path reportDirectory,
        Set<ReportFormat> formats, String applicationName, boolean experimentalAnalyzers, boolean networkAnalyzers,
        Duration lockTimeout, Path tempDirectory, boolean allowEmpty) {

    /** A request that fails when no dependency is found. */
    public ScanRequest(Path dataDirectory, List<Path> paths, List<Path> suppressionFiles, Path reportDirectory,
            Set<ReportFormat> formats, String applicationName, boolean experimentalAnalyzers, boolean networkAnalyzers,
            Duration lockTimeout, Path tempDirectory) {
        this(dataDirectory, paths, suppressionFiles, reportDirectory, formats, applicationName, experimentalAnalyzers,
                networkAnalyzers, lockTimeout, tempDirectory, false);
    }

    /** A request whose temporary files go to {@code java.io.tmpdir}. */
    public ScanRequest(Path dataDirectory, List<Path> paths, List<Path> suppressionFiles, Path reportDirectory,
            Set<ReportFormat> formats, String applicationName, boolean experimentalAnalyzers, boolean networkAnalyzers,
            Duration lockTimeout) {
        this(dataDirectory, paths, suppressionFiles, reportDirectory, formats, applicationName, experimentalAnalyzers,
                networkAnalyzers, lockTimeout, null, false);
    }

    public ScanRequest {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        paths = List.copyOf(paths);
        suppressionFiles = suppressionFiles == null ? List.of() : List.copyOf(suppressionFiles);
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        applicationName = applicationName == null || applicationName.isBlank() ? "project" : applicationName;
        tempDirectory = tempDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : tempDirectory;
    }

    /** The same request with its temporary files in {@code directory}. */
    public ScanRequest withTempDirectory(Path directory) {
        return new ScanRequest(dataDirectory, paths, suppressionFiles, reportDirectory, formats, applicationName,
                experimentalAnalyzers, networkAnalyzers, lockTimeout, directory, allowEmpty);
    }

    /** The same request, passing or failing when no dependency is found. */
    public ScanRequest withAllowEmpty(boolean allow) {
        return new ScanRequest(dataDirectory, paths, suppressionFiles, reportDirectory, formats, applicationName,
                experimentalAnalyzers, networkAnalyzers, lockTimeout, tempDirectory, allow);
    }
}
