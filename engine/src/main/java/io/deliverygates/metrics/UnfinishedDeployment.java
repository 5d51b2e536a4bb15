package io.deliverygates.metrics;

import io.deliverygates.ledger.BuildRef;
import java.time.Instant;

/**
 * A deployment that started ({@code DEPLOYMENT_STARTED}) and has no {@code DEPLOYMENT_FINISHED}: still running,
 * or its process died without recording the end (killed with SIGKILL, a lost agent). It is in no rate, since how
 * it ended is unknown, but it is listed so that it does not vanish; it blocks no later promotion.
 *
 * @param deploymentId its id
 * @param environment  where it went
 * @param version      what it deployed
 * @param started      when it started
 * @param build        the build that started it, or null
 */
public record UnfinishedDeployment(String deploymentId, String environment, String version, Instant started,
        BuildRef build) {
}
