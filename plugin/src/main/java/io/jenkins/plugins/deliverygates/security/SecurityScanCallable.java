package io.jenkins.plugins.deliverygates.security;

import hudson.remoting.VirtualChannel;
import io.deliverygates.common.InputException;
import io.deliverygates.security.ReportFormat;
import io.deliverygates.security.ScanRequest;
import io.deliverygates.security.ScanSummary;
import io.deliverygates.security.SecurityGateResult;
import io.deliverygates.security.SecurityScan;
import java.io.File;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs the scan where the workspace is (usually an agent, next to its data directory) and returns only the summary
 * as JSON. Bad input comes back as a message naming the file or parameter, so the controller fails the build with
 * it and no stack trace.
 */
final class SecurityScanCallable extends MasterToSlaveFileCallable<SecurityScanCallable.Outcome> {
    private static final long serialVersionUID = 1L;

    private final SecurityScanParameters parameters;
    private final String referenceJson;
    private final String reportFolder;
    private final String applicationName;
    private final String tempDirectory;

    /** @param tempDirectory the agent-side folder for the scan's temporary files; null for {@code java.io.tmpdir} */
    SecurityScanCallable(SecurityScanParameters parameters, String referenceJson, String reportFolder,
            String applicationName, String tempDirectory) {
        this.parameters = parameters;
        this.referenceJson = referenceJson;
        this.reportFolder = reportFolder;
        this.applicationName = applicationName;
        this.tempDirectory = tempDirectory;
    }

    @Override
    public Outcome invoke(File workspace, VirtualChannel channel) {
        Path root = workspace.toPath();
        try {
            ScanRequest request = new ScanRequest(parameters.dataDirectoryInWorkspace()
                    ? root.resolve(parameters.dataDirectory()) : AgentDataDirectory.resolve(parameters.dataDirectory()),
                    parameters.paths().stream().map(root::resolve).toList(),
                    parameters.suppressionFiles().stream().map(root::resolve).toList(), root.resolve(reportFolder),
                    ReportFormat.parseList("formats", parameters.formats()), applicationName,
                    parameters.experimental(), parameters.networkAnalyzers(), Duration.ofMinutes(10),
                    tempDirectory == null ? null : Path.of(tempDirectory), parameters.allowEmpty());
            ScanSummary reference = referenceJson == null ? null
                    : ScanSummary.fromJson(referenceJson, Messages.SecurityScan_ReferenceSummary());
            SecurityGateResult result = new SecurityScan().run(request, parameters.policy(), reference);
            return new Outcome(result.summary().toJson(), null);
        } catch (InputException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /** Either the summary JSON or the problem that prevented it. */
    record Outcome(String summaryJson, String problem) implements Serializable {
    }
}
