package io.deliverygates.promotion;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.EventHistory;
import io.deliverygates.ledger.EventSink;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.ledger.RecordedArtifact;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Deploys versions along the environment chain and records every deployment in the ledger: a
 * {@code DEPLOYMENT_STARTED} event once the rules allow it, a {@code DEPLOYMENT_FINISHED} event with outcome and
 * duration when the deployment ends. Both carry the commits and the build. For a step whose deployment runs
 * asynchronously use {@link #begin} and {@link #finish}; otherwise {@link #promote}. Artifacts of the request
 * (see {@link RecordedArtifact}) are recorded on both events.
 */
public final class Promoter {
    /** The deployment itself: a command, a script, a Pipeline body. */
    @FunctionalInterface
    public interface Deployment {
        /** Runs the deployment and says how it ended; an exception counts as {@link Outcome#FAILED}. */
        Outcome run() throws Exception;
    }

    private final PromotionRules rules;
    private final EventSink sink;
    private final EventHistory history;
    private final Clock clock;

    public Promoter(EnvironmentChain chain, EventSink sink, EventHistory history, Clock clock) {
        this.rules = new PromotionRules(chain);
        this.sink = sink;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Checks the rules and records the start of the deployment.
     *
     * @throws PromotionRefusedException when the version may not enter the environment yet (nothing is recorded)
     * @throws InputException            for an environment the chain does not know
     */
    public StartedDeployment begin(PromotionRequest request) throws IOException {
        DeploymentHistory past = new DeploymentHistory(history.events());
        Instant now = clock.instant();
        Optional<String> refusal = rules.refusal(past, request.environment(), request.version(), now);
        if (refusal.isPresent()) {
            throw new PromotionRefusedException(refusal.get());
        }
        String fixes = request.fixesIncident() != null ? request.fixesIncident()
                : past.openIncident(request.environment()).map(LedgerEvent::incidentId).orElse(null);
        LedgerEvent started = LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, now)
                .environment(request.environment()).version(request.version())
                .deploymentId(UUID.randomUUID().toString()).fixesIncident(fixes)
                .build(request.build()).commits(request.commits())
                .attributes(RecordedArtifact.attributes(request.artifacts()))
                .build();
        sink.append(started);
        return new StartedDeployment(started);
    }

    /** Records the end of a deployment begun with {@link #begin}; the duration is measured from its start. */
    public LedgerEvent finish(StartedDeployment deployment, Outcome outcome, String message) throws IOException {
        LedgerEvent started = deployment.started();
        Instant now = clock.instant();
        LedgerEvent finished = LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, now)
                .environment(started.environment()).version(started.version())
                .deploymentId(started.deploymentId()).fixesIncident(started.fixesIncident())
                .build(started.build()).commits(started.commits())
                .outcome(outcome).duration(Duration.between(started.time(), now)).message(message)
                .attributes(RecordedArtifact.attributes(RecordedArtifact.of(started)))
                .build();
        sink.append(finished);
        return finished;
    }

    /**
     * Finds a deployment begun earlier (e.g. before a controller restart) by its id.
     *
     * @throws InputException (NOT_FOUND) when the ledger has no such deployment
     */
    public StartedDeployment resume(String deploymentId) throws IOException {
        return new DeploymentHistory(history.events()).started(deploymentId).map(StartedDeployment::new)
                .orElseThrow(() -> new InputException(InputException.Problem.NOT_FOUND, "deployment",
                        "no deployment with id " + deploymentId + " in the ledger"));
    }

    /**
     * Checks the rules, runs the deployment and records it. An exception of the deployment is recorded as
     * {@link Outcome#FAILED} with its message, then rethrown.
     */
    public LedgerEvent promote(PromotionRequest request, Deployment deployment) throws Exception {
        StartedDeployment started = begin(request);
        Outcome outcome;
        try {
            outcome = deployment.run();
        } catch (InterruptedException e) {
            finish(started, Outcome.ABORTED, "deployment interrupted");
            throw e;
        } catch (Exception e) {
            finish(started, Outcome.FAILED, "deployment failed: " + e.getMessage());
            throw e;
        }
        return finish(started, outcome, null);
    }
}
