package io.deliverygates.metrics;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random but reproducible ledgers with every awkward case: out-of-order, duplicates, skew, open incidents. */
final class RandomLedger {
    static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final String[] ENVIRONMENTS = {"production", "prod", "staging", "qa", "Production"};
    private static final Outcome[] OUTCOMES = {Outcome.SUCCEEDED, Outcome.SUCCEEDED, Outcome.SUCCEEDED,
        Outcome.FAILED, Outcome.ABORTED, Outcome.INCONCLUSIVE, null};

    private RandomLedger() {
    }

    static List<LedgerEvent> generate(long seed, int deployments, int days) {
        Random random = new Random(seed);
        List<LedgerEvent> events = new ArrayList<>();
        for (int i = 0; i < deployments; i++) {
            Instant start = START.plusSeconds(random.nextInt(days * 86_400));
            Instant end = start.plusSeconds(30 + random.nextInt(900));
            String id = "d" + random.nextInt(deployments + deployments / 10);
            String environment = ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)];
            List<Commit> commits = new ArrayList<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                // one commit in ten carries a clock-skewed time after its deployment
                Instant committed = random.nextInt(10) == 0 ? end.plusSeconds(random.nextInt(3600))
                        : start.minusSeconds(random.nextInt(5 * 86_400));
                commits.add(new Commit("c" + random.nextInt(deployments), null, committed));
            }
            // an empty fixesIncident is "not set"
            String fixes = random.nextInt(8) == 0 ? "i" + random.nextInt(deployments / 5 + 1)
                    : random.nextInt(20) == 0 ? "" : null;
            boolean commitsOnStart = random.nextBoolean();
            events.add(LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, start).environment(environment)
                    .deploymentId(id).commits(commitsOnStart ? commits : List.of()).fixesIncident(fixes).build());
            boolean anonymous = random.nextInt(30) == 0;
            LedgerEvent.Builder finished = LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, end);
            if (anonymous && random.nextBoolean()) {
                // an event id that is another deployment's deploymentId: the keys must not collide
                finished.id("d" + random.nextInt(deployments));
            }
            events.add(finished.environment(environment)
                    .deploymentId(anonymous ? null : id).version("1." + i)
                    .commits(commitsOnStart ? List.of() : commits)
                    .outcome(OUTCOMES[random.nextInt(OUTCOMES.length)])
                    .duration(Duration.between(start, end))
                    .build(new BuildRef("job", i, null)).build());
            if (random.nextInt(10) == 0) {
                // some rollbacks are recorded days later, after reports have seen their deployment
                events.add(LedgerEvent.builder(EventType.ROLLBACK, end.plusSeconds(60 + random.nextInt(3 * 86_400)))
                        .deploymentId(id)
                        .outcome(Outcome.SUCCEEDED).build());
            }
            if (random.nextInt(8) == 0) {
                // a health verdict, now and then recorded before its deployment finished
                events.add(LedgerEvent.builder(EventType.HEALTH_CHECKED, end.plusSeconds(random.nextInt(7200) - 600))
                        .deploymentId(id).environment(environment)
                        .outcome(random.nextBoolean() ? Outcome.FAILED : Outcome.SUCCEEDED).build());
            }
            if (random.nextInt(6) == 0) {
                incident(random, events, id, end, deployments, random.nextInt(5) == 0 ? null : environment);
            }
            events.add(LedgerEvent.builder(EventType.BUILD_FINISHED, start.minusSeconds(random.nextInt(600)))
                    .outcome(Outcome.SUCCEEDED).duration(Duration.ofSeconds(random.nextInt(1200)))
                    .build(new BuildRef("job", i, null)).build());
        }
        events.sort((a, b) -> a.time().compareTo(b.time()));
        for (int i = 0; i + 1 < events.size(); i++) {
            if (random.nextInt(20) == 0) {
                Collections.swap(events, i, i + 1);
            }
        }
        return events;
    }

    private static void incident(Random random, List<LedgerEvent> events, String cause, Instant after,
            int deployments, String environment) {
        String incident = "i" + random.nextInt(deployments / 5 + 1);
        Instant opened = after.plusSeconds(random.nextInt(7200));
        events.add(LedgerEvent.builder(EventType.INCIDENT_OPENED, opened).incidentId(incident)
                .deploymentId(cause).environment(environment).message("p" + incident).build());
        if (random.nextInt(5) > 0) {
            events.add(LedgerEvent.builder(EventType.INCIDENT_RESOLVED,
                    opened.plusSeconds(random.nextInt(3 * 86_400) - 600)).incidentId(incident)
                    .environment(environment).build());
        }
    }
}
