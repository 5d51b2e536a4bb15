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
     * else the one in service there (of {@code version}, when given): the newest finished deployment that no
     * successful rollback took out again, else an unrecorded deployment of {@code version}.
     *
     * @throws InputException (NOT_FOUND, naming {@code deploymentParameter}) for an id the ledger does not have
     */
    public static DeploymentRef find(DeploymentHistory history, String environment, String version,
            String deploymentId, String deploymentParameter) {
        Optional<LedgerEvent> recorded = deploymentId != null ? history.started(deploymentId)
                : history.inService(environment, version);
        if (recorded.isEmpty() && deploymentId != null) {
            throw new InputException(InputException.Problem.NOT_FOUND, deploymentParameter,
                    "no deployment " + deploymentId + " in the ledger");
        }
        return recorded.map(event -> new DeploymentRef(environment, event.version(), event.deploymentId()))
                .orElse(new DeploymentRef(environment, version, null));
    }

    /**
     * Like {@link #find}, but a deployment the ledger does not hold is judged only when it is named explicitly
     * (with a version or an id): otherwise a mistyped or empty ledger would get a verdict (and an incident) about
     * no deployment at all.
     *
     * @param ledger names the ledger in the error, e.g. its path
     * @throws InputException (NOT_FOUND) naming the ledger and the environment when it holds no deployment to judge
     */
    public static DeploymentRef findRecorded(DeploymentHistory history, String environment, String version,
            String deploymentId, String deploymentParameter, String ledger) {
        DeploymentRef found;
        try {
            found = find(history, environment, version, deploymentId, deploymentParameter);
        } catch (InputException e) {
            throw new InputException(InputException.Problem.NOT_FOUND, deploymentParameter,
                    "no deployment " + deploymentId + " in environment " + environment + " of the ledger " + ledger);
        }
        if (found.deploymentId() == null && version == null) {
            throw new InputException(InputException.Problem.NOT_FOUND, "--ledger " + ledger,
                    "no deployment in service in environment '" + environment + "' to judge (name the deployment "
                            + "with a version or an id to judge one the ledger does not hold)");
        }
        return found;
    }
}
