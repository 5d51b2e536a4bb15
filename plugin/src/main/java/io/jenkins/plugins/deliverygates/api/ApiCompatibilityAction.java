package io.jenkins.plugins.deliverygates.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.deliverygates.api.ApiSummary;
import io.deliverygates.common.InputException;
import io.jenkins.plugins.deliverygates.GateAction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API compatibility gate's outcome, stored with the build: the status for the build page ({@code summary.jelly})
 * and the engine's summary JSON, which the next build reads as its reference for "new only".
 */
public final class ApiCompatibilityAction extends GateAction {
    private static final Logger LOGGER = Logger.getLogger(ApiCompatibilityAction.class.getName());
    /** Where the reports are archived, below the build's artifacts. */
    public static final String ARTIFACT_FOLDER = "api";

    private final String summaryJson;

    private transient ApiSummary summary;

    public ApiCompatibilityAction(ApiSummary summary, @CheckForNull String referenceBuildId) {
        super(summary.status(), referenceBuildId);
        this.summaryJson = summary.toJson();
        this.summary = summary;
    }

    /** The stored summary, or null if it cannot be read (then later builds have no reference). */
    public @CheckForNull ApiSummary getSummary() {
        if (summary == null && summaryJson != null) {
            try {
                summary = ApiSummary.fromJson(summaryJson, source());
            } catch (InputException e) {
                LOGGER.log(Level.WARNING, "Ignoring the stored API summary: {0}", e.getMessage());
            }
        }
        return summary;
    }

    @CheckForNull String getSummaryJson() {
        return summaryJson;
    }

    @Override
    public String getDisplayName() {
        return Messages.ApiCompatibilityAction_DisplayName();
    }
}
