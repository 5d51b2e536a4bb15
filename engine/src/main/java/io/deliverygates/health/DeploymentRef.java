package io.deliverygates.health;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.promotion.DeploymentHistory;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The deployment a health analysis judges.
 *
 * @param environment  where it was deployed
 * @param version      what was deployed (may be null when unknown)
 * @param deploymentId its id in the ledger (may be null for a service checked without a recorded deployment)
 */
public record DeploymentRef(String environment, String version, String deploymentId) implements Serializable {
    private static final long serialVersionUID = 1L;

    public DeploymentRef {
        Objects.requireNonNull(environment, "environment");
    }

    /**
     * The deployment a health check in {@code environment} judges: the one with {@code deploymentId} when given,
     * else the newest finished deployment there (of {@code version}, when given), else an unrecorded deployment
     * of {@code version}.
     *
     * @throws InputException (NOT_FOUND, naming {@code deploymentParameter}) for an id the ledger does not have
     */
    public static DeploymentRef find(DeploymentHistory history, String environment, String version,
            String deploymentId, String deploymentParameter) {
        Optional<LedgerEvent> recorded = deploymentId != null ? history.started(deploymentId)
                : history.lastFinished(environment, version);
        if (recorded.isEmpty() && deploymentId != null) {
            throw new InputException(InputException.Problem.NOT_FOUND, deploymentParameter,
                    "no deployment " + deploymentId + " in the ledger");
        }
        return recorded.map(event -> new DeploymentRef(environment, event.version(), event.deploymentId()))
                .orElse(new DeploymentRef(environment, version, null));
    }
}
