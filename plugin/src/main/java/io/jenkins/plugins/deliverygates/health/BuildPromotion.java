package io.jenkins.plugins.deliverygates.health;

import hudson.model.Run;
import io.deliverygates.health.DeploymentRef;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.promotion.DeploymentHistory;
import java.util.List;

/**
 * Which deployment a {@code healthRollback} judges. An explicit {@code environment} wins; without it, the newest
 * deployment this build started with {@code promote} (so a health check after {@code promote(to: 'staging')}
 * judges — and records incidents and rollbacks for — staging); when this build promoted nothing, production.
 *
 * @param deployment the deployment judged
 * @param note       a line for the build log saying where the environment came from, or null when it was given
 */
record BuildPromotion(DeploymentRef deployment, String note) {
    /** Without {@code environment} and without a promotion in this build. */
    static final String FALLBACK_ENVIRONMENT = "production";

    /**
     * @throws io.deliverygates.common.InputException for a {@code deploymentId} the ledger does not have
     */
    static BuildPromotion resolve(List<LedgerEvent> events, Run<?, ?> run, String environment, String version,
            String deploymentId) {
        DeploymentHistory history = new DeploymentHistory(events);
        if (environment != null) {
            return new BuildPromotion(DeploymentRef.find(history, environment, version, deploymentId,
                    "deploymentId"), null);
        }
        LedgerEvent promoted = lastStartedBy(events, run);
        if (promoted == null) {
            return new BuildPromotion(DeploymentRef.find(history, FALLBACK_ENVIRONMENT, version, deploymentId,
                    "deploymentId"), Messages.HealthRollback_DefaultEnvironment(FALLBACK_ENVIRONMENT));
        }
        boolean thatOne = version == null && deploymentId == null;
        DeploymentRef ref = DeploymentRef.find(history, promoted.environment(), version,
                thatOne ? promoted.deploymentId() : deploymentId, "deploymentId");
        return new BuildPromotion(ref, Messages.HealthRollback_PromotedEnvironment(promoted.environment()));
    }

    private static LedgerEvent lastStartedBy(List<LedgerEvent> events, Run<?, ?> run) {
        String job = run.getParent().getFullName();
        for (int i = events.size() - 1; i >= 0; i--) {
            LedgerEvent event = events.get(i);
            if (event.type() == EventType.DEPLOYMENT_STARTED && event.build() != null
                    && job.equals(event.build().job()) && event.build().number() == run.getNumber()) {
                return event;
            }
        }
        return null;
    }
}
