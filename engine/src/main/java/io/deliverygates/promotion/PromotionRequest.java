package io.deliverygates.promotion;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.RecordedArtifact;
import java.util.List;
import java.util.Objects;

/**
 * A request to deploy a version to an environment.
 *
 * @param environment   the target environment
 * @param version       the version or artifact
 * @param commits       the commits the deployment brings (for lead time); may be empty
 * @param build         the build that deploys (may be null outside a CI)
 * @param fixesIncident the incident this deployment is made to fix; null means "the incident open in the target
 *                      environment, if any" (a deployment into an environment with an open incident is rework)
 * @param artifacts     the artifacts deployed (jar, OpenAPI document, ...), recorded with the deployment so that
 *                      {@code apiCompatibility} can compare against what runs there; may be empty
 */
public record PromotionRequest(String environment, String version, List<Commit> commits, BuildRef build,
        String fixesIncident, List<RecordedArtifact> artifacts) {
    public PromotionRequest {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(version, "version");
        commits = commits == null ? List.of() : List.copyOf(commits);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    public PromotionRequest(String environment, String version, List<Commit> commits, BuildRef build,
            String fixesIncident) {
        this(environment, version, commits, build, fixesIncident, List.of());
    }

    public PromotionRequest(String environment, String version, List<Commit> commits, BuildRef build) {
        this(environment, version, commits, build, null);
    }
}
