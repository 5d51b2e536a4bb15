package io.jenkins.plugins.deliverygates.license;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.deliverygates.common.InputException;
import io.deliverygates.license.LicenseSummary;
import io.jenkins.plugins.deliverygates.GateAction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The license gate's outcome, stored with the build: the status for the build page ({@code summary.jelly}) and the
 * engine's summary JSON, which the next build reads as its reference for "new" components. Kept as the engine's
 * JSON so its format stays the engine's, independent of XStream.
 */
public final class LicenseGateAction extends GateAction {
    private static final Logger LOGGER = Logger.getLogger(LicenseGateAction.class.getName());
    /** Where the reports are archived, below the build's artifacts. */
    public static final String ARTIFACT_FOLDER = "license";

    private final String summaryJson;

    private transient LicenseSummary summary;

    public LicenseGateAction(LicenseSummary summary, @CheckForNull String referenceBuildId) {
        super(summary.status(), referenceBuildId);
        this.summaryJson = summary.toJson();
        this.summary = summary;
    }

    /** The stored summary, or null if it cannot be read (then later builds have no reference). */
    public @CheckForNull LicenseSummary getSummary() {
        if (summary == null && summaryJson != null) {
            try {
                summary = LicenseSummary.fromJson(summaryJson, source());
            } catch (InputException e) {
                LOGGER.log(Level.WARNING, "Ignoring the stored license summary: {0}", e.getMessage());
            }
        }
        return summary;
    }

    @CheckForNull String getSummaryJson() {
        return summaryJson;
    }

    @Override
    public String getDisplayName() {
        return Messages.LicenseGateAction_DisplayName();
    }
}
