package io.deliverygates.bench;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, realistic ledger of a busy job: each pipeline run records a build, a staging and a production
 * deployment (started, finished, health check), 1-3 commits; 1 in 20 production deployments fails, 1 in 25 is rolled
 * back, 1 in 40 causes an incident that a later deployment fixes. Events are spread evenly over {@code days} days.
 */
final class LedgerFixture {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final BuildRef BUILD = new BuildRef("shop/deploy", 1, null);

    private LedgerFixture() {
    }

    static List<LedgerEvent> generate(int events, int days) {
        Random random = new Random(42);
        List<LedgerEvent> ledger = new ArrayList<>(events + 16);
        long runs = events / 8;
        long step = Duration.ofDays(days).toMillis() / runs;
        String openIncident = null;
        for (long run = 0; ledger.size() < events; run++) {
            Instant t = START.plusMillis(run * step);
            List<Commit> commits = new ArrayList<>(3);
            for (int c = 1 + random.nextInt(3); c > 0; c--) {
                commits.add(new Commit("c" + run + '-' + c, null, t.minusSeconds(600 + random.nextInt(7200))));
            }
            ledger.add(LedgerEvent.builder(EventType.BUILD_FINISHED, t).id("b" + run).outcome(Outcome.SUCCEEDED)
                    .duration(Duration.ofSeconds(120 + random.nextInt(600))).build(BUILD).build());
            deploy(ledger, "s" + run, "staging", t.plusSeconds(60), commits, Outcome.SUCCEEDED, null);
            String id = "p" + run;
            Outcome outcome = random.nextInt(20) == 0 ? Outcome.FAILED : Outcome.SUCCEEDED;
            deploy(ledger, id, "production", t.plusSeconds(300), commits, outcome, openIncident);
            openIncident = null;
            if (random.nextInt(25) == 0) {
                ledger.add(LedgerEvent.builder(EventType.ROLLBACK, t.plusSeconds(420)).id("r" + run)
                        .deploymentId(id).environment("production").outcome(Outcome.SUCCEEDED).build());
            }
            if (random.nextInt(40) == 0) {
                openIncident = "i" + run;
                ledger.add(LedgerEvent.builder(EventType.INCIDENT_OPENED, t.plusSeconds(600)).id("o" + run)
                        .incidentId(openIncident).deploymentId(id).environment("production").build());
                ledger.add(LedgerEvent.builder(EventType.INCIDENT_RESOLVED,
                        t.plusSeconds(900 + random.nextInt(3600))).id("x" + run).incidentId(openIncident)
                        .environment("production").build());
            }
        }
        return ledger.subList(0, events);
    }

    /** The time just after the last event: the "now" of the benchmarks. */
    static Instant end(List<LedgerEvent> ledger) {
        return ledger.get(ledger.size() - 1).time().plusSeconds(1);
    }

    private static void deploy(List<LedgerEvent> ledger, String id, String environment, Instant start,
            List<Commit> commits, Outcome outcome, String fixes) {
        Instant end = start.plusSeconds(90);
        ledger.add(LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, start).id(id + "a").deploymentId(id)
                .environment(environment).fixesIncident(fixes).build());
        ledger.add(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, end).id(id + "f").deploymentId(id)
                .environment(environment).version(id).commits(commits).outcome(outcome)
                .duration(Duration.ofSeconds(90)).build(BUILD).build());
        ledger.add(LedgerEvent.builder(EventType.HEALTH_CHECKED, end.plusSeconds(30)).id(id + "h")
                .deploymentId(id).environment(environment).outcome(outcome).build());
    }
}
