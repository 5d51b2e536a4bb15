package io.deliverygates.api;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.ArtifactStore;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.RecordedArtifact;
import io.deliverygates.promotion.DeploymentHistory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds what runs in production according to the deployment ledger: the artifact recorded with the newest
 * deployment to {@code environment} that succeeded (finished SUCCEEDED, not found unhealthy, not rolled back), in
 * the artifact store under its checksum. Never falls back to an older deployment: that is not what users run.
 */
public final class ProductionReference {

    /**
     * The reference's stored copy and the deployment it came from.
     *
     * @param file       the verified copy in the artifact store
     * @param artifact   the artifact as recorded
     * @param deployment the {@code DEPLOYMENT_FINISHED} event
     */
    public record Found(Path file, RecordedArtifact artifact, LedgerEvent deployment) {
        /** Names the reference in reports: {@code app.jar 1.4.2 in production (deployment ...)}. */
        public String label() {
            return artifact.name() + " " + deployment.version() + " in " + deployment.environment() + " (deployment "
                    + deployment.deploymentId() + ")";
        }
    }

    private ProductionReference() {
    }

    /**
     * Like {@link #lookup}, but "nothing deployed yet" is an error too: the gate fails closed.
     *
     * @throws InputException NOT_FOUND when production has no successful deployment
     */
    public static Found find(List<LedgerEvent> events, String environment, ApiKind kind, String name,
            ArtifactStore store, String source) {
        return lookup(events, environment, kind, name, store, source).orElseThrow(() -> new InputException(
                InputException.Problem.NOT_FOUND, source, "no successful deployment to " + environment
                        + " in the ledger, so nothing to compare against"));
    }

    /**
     * @param events      the ledger's events, oldest first
     * @param environment the production environment's name
     * @param kind        the kind of artifact wanted (used when {@code name} is null)
     * @param name        the recorded artifact's file name, or null to take the only one of {@code kind}
     * @param source      names the ledger in errors
     * @return empty only when {@code environment} has no successful deployment at all (a first release)
     * @throws InputException NOT_FOUND when the deployment recorded no such artifact or its copy is missing,
     *                        UNSAFE when the copy was changed, INVALID_PARAMETER when several artifacts match
     */
    public static Optional<Found> lookup(List<LedgerEvent> events, String environment, ApiKind kind, String name,
            ArtifactStore store, String source) {
        DeploymentHistory history = new DeploymentHistory(events);
        LedgerEvent deployment = null;
        for (int i = events.size() - 1; i >= 0 && deployment == null; i--) {
            LedgerEvent event = events.get(i);
            if (event.type() == EventType.DEPLOYMENT_FINISHED && environment.equals(event.environment())
                    && history.succeeded(event)) {
                deployment = event;
            }
        }
        if (deployment == null) {
            return Optional.empty();
        }
        List<RecordedArtifact> matching = RecordedArtifact.of(deployment).stream()
                .filter(artifact -> name != null ? artifact.name().equals(name)
                        : ApiKind.ofFileName(artifact.name()) == kind)
                .toList();
        String what = name != null ? "artifact " + name : kind.label() + " artifact";
        String which = "the last successful deployment to " + environment + " (version " + deployment.version()
                + ", " + deployment.time() + ")";
        if (matching.isEmpty()) {
            throw new InputException(InputException.Problem.NOT_FOUND, source, which + " recorded no " + what
                    + " (record it with promote --artifact)");
        }
        if (matching.size() > 1) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, source, which + " recorded several: "
                    + matching.stream().map(RecordedArtifact::name).collect(Collectors.joining(", "))
                    + "; name one as the reference artifact");
        }
        RecordedArtifact artifact = matching.get(0);
        return Optional.of(new Found(store.open(artifact), artifact, deployment));
    }
}
