package io.jenkins.plugins.deliverygates.api;

import hudson.remoting.VirtualChannel;
import io.deliverygates.api.ApiCheck;
import io.deliverygates.api.ApiGateResult;
import io.deliverygates.api.ApiReports;
import io.deliverygates.api.ApiSummary;
import io.deliverygates.common.InputException;
import java.io.File;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import jenkins.MasterToSlaveFileCallable;

/**
 * Compares where the workspace is (usually an agent), writes the reports into the workspace and returns only the
 * summary as JSON. Bad input comes back as a message naming the file or parameter.
 */
final class ApiCompatibilityCallable extends MasterToSlaveFileCallable<ApiCompatibilityCallable.Outcome> {
    private static final long serialVersionUID = 1L;

    private final ApiCompatibilityParameters parameters;
    private final String productionCopy;
    private final String productionLabel;
    private final String productionVersion;
    private final String referenceJson;
    private final String reportFolder;

    /**
     * @param productionCopy    the agent-side copy of production's artifact (absolute), or null for a file reference
     * @param productionLabel   how reports name production's artifact
     * @param productionVersion the version the ledger records for it
     */
    ApiCompatibilityCallable(ApiCompatibilityParameters parameters, String productionCopy, String productionLabel,
            String productionVersion, String referenceJson, String reportFolder) {
        this.parameters = parameters;
        this.productionCopy = productionCopy;
        this.productionLabel = productionLabel;
        this.productionVersion = productionVersion;
        this.referenceJson = referenceJson;
        this.reportFolder = reportFolder;
    }

    @Override
    public Outcome invoke(File workspace, VirtualChannel channel) {
        Path root = workspace.toPath().toAbsolutePath().normalize();
        try {
            Path candidate = inside(root, parameters.newArtifact(), "newArtifact");
            Path reference = productionCopy != null ? Path.of(productionCopy)
                    : inside(root, parameters.reference(), "reference");
            String referenceVersion = parameters.referenceVersion() != null ? parameters.referenceVersion()
                    : productionVersion;
            // Reports name a file reference as the job gave it, not by the agent's absolute path.
            String referenceLabel = productionCopy != null ? productionLabel : parameters.reference();
            ApiCheck check = new ApiCheck(parameters.parsedKind(), candidate, reference, referenceLabel,
                    referenceVersion, parameters.newVersion(), "newArtifact",
                    productionCopy != null ? "reference production" : "reference");
            ApiSummary previous = referenceJson == null ? null
                    : ApiSummary.fromJson(referenceJson, Messages.ApiCompatibility_ReferenceSummary());
            ApiGateResult result = check.run(parameters.policy(), previous, Clock.systemUTC());
            ApiReports.write(result, root.resolve(reportFolder));
            return new Outcome(result.summary().toJson(), null);
        } catch (InputException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /** Workspace-relative paths only: an absolute path or one that climbs out of the workspace is refused. */
    static Path inside(Path root, String relative, String parameter) {
        if (relative == null || relative.isBlank()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    Messages.ApiCompatibility_Required());
        }
        Path resolved = root.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !resolved.startsWith(root)) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    Messages.ApiCompatibility_NotInside(relative));
        }
        return resolved;
    }

    /** Either the summary JSON or the problem that prevented it. */
    record Outcome(String summaryJson, String problem) implements Serializable {
    }
}
