package io.deliverygates.health;

import java.io.Serializable;
import java.util.Objects;

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
}
