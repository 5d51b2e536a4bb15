package io.jenkins.plugins.deliverygates.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.security.ScanSummary;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;

/**
 * The security scan's outcome, stored with the build: the status for the build page ({@code summary.jelly}) and
 * the engine's summary JSON, which the next build reads as its reference for "new" findings. Kept as the engine's
 * JSON so its format stays the engine's, independent of XStream.
 */
public final class SecurityScanAction implements RunAction2 {
    private static final Logger LOGGER = Logger.getLogger(SecurityScanAction.class.getName());
    /** Where the reports are archived, below the build's artifacts. */
    public static final String ARTIFACT_FOLDER = "security";

    private final GateStatus status;
    private final String summaryJson;
    private final String referenceBuildId;

    private transient Run<?, ?> owner;
    private transient ScanSummary summary;

    public SecurityScanAction(ScanSummary summary, @CheckForNull String referenceBuildId) {
        this.status = summary.status();
        this.summaryJson = summary.toJson();
        this.referenceBuildId = referenceBuildId;
        this.summary = summary;
    }

    public GateStatus getStatus() {
        return status;
    }

    /** The stored summary, or null if it cannot be read (then later builds have no reference). */
    public @CheckForNull ScanSummary getSummary() {
        if (summary == null && summaryJson != null) {
            try {
                summary = ScanSummary.fromJson(summaryJson, owner == null ? "build.xml" : owner.getExternalizableId());
            } catch (InputException e) {
                LOGGER.log(Level.WARNING, "Ignoring the stored security summary: {0}", e.getMessage());
            }
        }
        return summary;
    }

    @CheckForNull String getSummaryJson() {
        return summaryJson;
    }

    public @CheckForNull String getReferenceBuildId() {
        return referenceBuildId;
    }

    public @CheckForNull Run<?, ?> getOwner() {
        return owner;
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        owner = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        owner = run;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Security scan";
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
