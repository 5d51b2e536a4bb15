package io.deliverygates.metrics;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The worked example of docs/metrics.md, event for event. */
final class WorkedExample {
    static final Instant NOW = Instant.parse("2026-11-07T12:00:00Z");

    private WorkedExample() {
    }

    static List<LedgerEvent> ledger() {
        return List.of(
                build("e1", "2026-11-02T09:00:00Z", 240),
                deployment("e2", "d1", "production", "2026-11-02T10:00:00Z", Outcome.SUCCEEDED, null,
                        commit("a", "2026-11-02T08:00:00Z"), commit("b", "2026-11-01T10:00:00Z")),
                build("e3", "2026-11-03T09:00:00Z", 360),
                deployment("e4", "d2", "production", "2026-11-03T10:00:00Z", Outcome.SUCCEEDED, null,
                        commit("b", "2026-11-01T10:00:00Z"), commit("c", "2026-11-03T09:30:00Z")),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, at("2026-11-03T11:00:00Z")).id("e5")
                        .incidentId("i1").deploymentId("d2").environment("production")
                        .message("checkout returns 500").build(),
                deployment("e6", "d3", "production", "2026-11-03T11:08:00Z", Outcome.SUCCEEDED, "i1",
                        commit("d", "2026-11-03T10:50:00Z")),
                LedgerEvent.builder(EventType.INCIDENT_RESOLVED, at("2026-11-03T11:10:00Z")).id("e7")
                        .incidentId("i1").deploymentId("d3").environment("production").build(),
                deployment("e8", "d4", "production", "2026-11-05T10:00:00Z", Outcome.FAILED, null,
                        commit("e", "2026-11-05T09:00:00Z")),
                deployment("e9", "d5", "production", "2026-11-06T10:00:00Z", Outcome.SUCCEEDED, null,
                        commit("e", "2026-11-05T09:00:00Z"), commit("f", "2026-11-06T10:30:00Z")),
                LedgerEvent.builder(EventType.ROLLBACK, at("2026-11-06T10:20:00Z")).id("e10").deploymentId("d5")
                        .environment("production").outcome(Outcome.SUCCEEDED).build(),
                deployment("e11", "s1", "staging", "2026-11-06T09:00:00Z", Outcome.SUCCEEDED, null),
                LedgerEvent.builder(EventType.INCIDENT_OPENED, at("2026-11-06T15:00:00Z")).id("e12")
                        .incidentId("i2").message("slow search").build());
    }

    private static LedgerEvent build(String id, String time, long seconds) {
        return LedgerEvent.builder(EventType.BUILD_FINISHED, at(time)).id(id).outcome(Outcome.SUCCEEDED)
                .duration(Duration.ofSeconds(seconds)).build();
    }

    private static LedgerEvent deployment(String id, String deployment, String environment, String time,
            Outcome outcome, String fixes, Commit... commits) {
        return LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, at(time)).id(id).deploymentId(deployment)
                .environment(environment).outcome(outcome).fixesIncident(fixes).commits(List.of(commits)).build();
    }

    private static Commit commit(String id, String time) {
        return new Commit(id, null, at(time));
    }

    private static Instant at(String time) {
        return Instant.parse(time);
    }
}
