package io.deliverygates.metrics;

import java.util.List;

/** The queries a scope answers for any window; implemented incrementally and naively. */
interface ScopeFacts {
    ScopeSpec spec();

    Figures figures(Window window);

    /** Finished deployments of the window, newest first, at most {@code limit}. */
    List<DeploymentRow> recentDeployments(Window window, int limit);

    /** See {@link Incident#rows}. */
    List<IncidentRow> incidents(Window window, int limit);
}
