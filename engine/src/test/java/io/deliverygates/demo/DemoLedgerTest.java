package io.deliverygates.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoLedgerTest {
    private static final Instant END = Instant.parse("2026-11-26T12:00:00Z");
    private static Map<DemoJob, List<LedgerEvent>> byJob;
    private static List<LedgerEvent> all;

    @BeforeAll
    static void generate() {
        DemoLedger ledger = new DemoLedger(42, END);
        byJob = ledger.eventsByJob();
        all = ledger.events();
    }

    @Test
    void sameSeedAndEndGiveTheSameEventsAndAnotherSeedDoesNot() {
        assertThat(new DemoLedger(42, END).events()).isEqualTo(all);
        assertThat(new DemoLedger(43, END).events()).isNotEqualTo(all);
    }

    @Test
    void coversSixMonthsUpToTheEndInTimeOrder() {
        assertThat(all).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
        assertThat(all.get(0).time()).isBefore(END.minus(DemoLedger.PERIOD).plusSeconds(7 * 86_400));
        assertThat(all.get(all.size() - 1).time()).isAfter(END.minusSeconds(7 * 86_400)).isBeforeOrEqualTo(END);
        assertThat(byJob.keySet()).containsExactlyElementsOf(DemoLedger.JOBS);
        assertThat(all.stream().map(LedgerEvent::id).distinct().count()).isEqualTo(all.size());
    }

    @Test
    void hasEveryKindOfEventInEveryEnvironment() {
        assertThat(all.stream().map(LedgerEvent::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(EventType.values());
        assertThat(all.stream().filter(e -> e.type() == EventType.DEPLOYMENT_FINISHED)
                .map(LedgerEvent::environment).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("dev", "staging", "production");
        assertThat(finished("production", Outcome.FAILED)).isPositive();
        assertThat(finished("staging", Outcome.FAILED)).isPositive();
        assertThat(all).filteredOn(e -> e.type() == EventType.BUILD_FINISHED)
                .allSatisfy(e -> assertThat(e.duration()).isPositive())
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.FAILED));
    }

    @Test
    void theBusiestJobDeploysToProductionAboutDailyOrMore() {
        long production = byJob.get(DemoLedger.JOBS.get(0)).stream()
                .filter(e -> e.type() == EventType.DEPLOYMENT_FINISHED && "production".equals(e.environment())
                        && e.outcome() == Outcome.SUCCEEDED)
                .count();
        assertThat(production).isBetween(150L, 600L);
    }

    @Test
    void commitsAreOlderThanTheDeploymentsThatBringThem() {
        assertThat(all).filteredOn(e -> e.type() == EventType.DEPLOYMENT_STARTED).allSatisfy(e -> {
            assertThat(e.commits()).isNotEmpty();
            for (Commit commit : e.commits()) {
                assertThat(commit.commitTime()).isBefore(e.time());
                assertThat(commit.authorTime()).isBeforeOrEqualTo(commit.commitTime());
            }
        });
    }

    @Test
    void incidentsAreCausedByEarlierProductionDeploymentsAndResolvedAfterTheyOpen() {
        Map<String, LedgerEvent> deployments = new HashMap<>();
        Map<String, LedgerEvent> opened = new HashMap<>();
        Set<String> fixed = new HashSet<>();
        for (LedgerEvent event : all) {
            switch (event.type()) {
                case DEPLOYMENT_FINISHED -> deployments.put(event.deploymentId(), event);
                case INCIDENT_OPENED -> {
                    assertThat(deployments.get(event.deploymentId()).environment()).isEqualTo("production");
                    opened.put(event.incidentId(), event);
                }
                case INCIDENT_RESOLVED -> assertThat(event.time())
                        .isAfter(opened.get(event.incidentId()).time());
                case DEPLOYMENT_STARTED -> {
                    if (event.fixesIncident() != null) {
                        assertThat(opened).containsKey(event.fixesIncident());
                        fixed.add(event.fixesIncident());
                    }
                }
                default -> {
                }
            }
        }
        assertThat(opened).hasSizeGreaterThan(5);
        assertThat(fixed).isNotEmpty().hasSizeLessThan(opened.size());
    }

    @Test
    void everyFailedHealthCheckIsRolledBackAndRollbacksAnswerIncidents() {
        Set<String> unhealthy = all.stream()
                .filter(e -> e.type() == EventType.HEALTH_CHECKED && e.outcome() == Outcome.FAILED)
                .map(LedgerEvent::deploymentId).collect(Collectors.toSet());
        Set<String> causes = all.stream().filter(e -> e.type() == EventType.INCIDENT_OPENED)
                .map(LedgerEvent::deploymentId).collect(Collectors.toSet());
        Set<String> rolledBack = all.stream().filter(e -> e.type() == EventType.ROLLBACK)
                .map(LedgerEvent::deploymentId).collect(Collectors.toSet());
        assertThat(unhealthy).isNotEmpty();
        assertThat(rolledBack).containsAll(unhealthy);
        assertThat(causes).containsAll(rolledBack);
    }

    /** The incident rule of IncidentBook: resolved by the restoring deployment or the rollback, never the cause. */
    @Test
    void incidentsAreResolvedByTheFixOrTheRollbackNeverByTheirCause() {
        Map<String, LedgerEvent> opened = new HashMap<>();
        Map<String, LedgerEvent> rollbacks = new HashMap<>();
        int byRollback = 0;
        int byFix = 0;
        for (LedgerEvent event : all) {
            if (event.type() == EventType.INCIDENT_OPENED) {
                opened.put(event.incidentId(), event);
            } else if (event.type() == EventType.ROLLBACK) {
                rollbacks.put(event.id(), event);
            } else if (event.type() == EventType.INCIDENT_RESOLVED) {
                LedgerEvent cause = opened.get(event.incidentId());
                assertThat(event.deploymentId()).as("resolved by %s", event).isNotEqualTo(cause.deploymentId());
                assertThat(event.duration()).isEqualTo(java.time.Duration.between(cause.time(), event.time()));
                String rollback = event.attributes().get("rollback");
                if (rollback != null) {
                    assertThat(rollbacks.get(rollback).deploymentId()).isEqualTo(cause.deploymentId());
                    assertThat(rollbacks.get(rollback).time()).isEqualTo(event.time());
                    byRollback++;
                } else {
                    byFix++;
                }
            }
        }
        assertThat(byRollback).isPositive();
        assertThat(byFix).isPositive();
    }

    @Test
    void oneJobCarriesMarkupInItsNameAndVersions() {
        DemoJob hostile = DemoLedger.JOBS.get(DemoLedger.JOBS.size() - 1);
        assertThat(hostile.name()).contains("<script>", "\"", "&");
        assertThat(hostile.slug()).matches("[A-Za-z0-9._-]+");
        assertThat(byJob.get(hostile)).isNotEmpty().allSatisfy(e -> assertThat(e.build().job()).isEqualTo(hostile.name()))
                .anySatisfy(e -> assertThat(e.version()).contains("<b>"));
    }

    @Test
    void jobsNeedAPositiveRate() {
        assertThatThrownBy(() -> new DemoJob("x", "1.", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DemoJob("///", "1.", 1).slug()).isEqualTo("job");
    }

    private static long finished(String environment, Outcome outcome) {
        return all.stream().filter(e -> e.type() == EventType.DEPLOYMENT_FINISHED
                && environment.equals(e.environment()) && e.outcome() == outcome).count();
    }
}
