package io.deliverygates.metrics;

/** Running counts of deployments by kind; signed, so a deployment whose flags change can be taken out again. */
final class DeploymentCounts {
    long deployments;
    long successful;
    long failed;
    long aborted;
    long rework;

    void add(Deployment deployment, int sign) {
        if (!deployment.counted()) {
            aborted += sign;
            return;
        }
        deployments += sign;
        if (deployment.successful()) {
            successful += sign;
        }
        if (deployment.failed()) {
            failed += sign;
        }
        if (deployment.rework()) {
            rework += sign;
        }
    }

    void add(DeploymentCounts other) {
        deployments += other.deployments;
        successful += other.successful;
        failed += other.failed;
        aborted += other.aborted;
        rework += other.rework;
    }

    Figures figures(long deploymentDays, Window window, SortedRuns leadTimes, SortedRuns restoreTimes,
            long openIncidents) {
        return Figures.of(deployments, successful, failed, aborted, rework, deploymentDays, window.days(),
                leadTimes, restoreTimes, openIncidents);
    }
}
