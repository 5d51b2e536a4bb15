package io.deliverygates.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.NaiveMetrics;
import io.deliverygates.metrics.Window;
import io.deliverygates.promotion.DeploymentHistory;
import io.deliverygates.testing.MemoryLedger;
import io.deliverygates.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The incident rule of docs/promotion-and-rollback.md ("Incidents"): service is restored by a successful rollback
 * (naming the version rolled back to) or by a healthy deployment that did not fail itself; every deployment found
 * unhealthy counts as a change failure, also while an incident is already open.
 */
class IncidentRuleTest {
    private static final Instant T = Instant.parse("2026-11-03T10:00:00Z");
    private static final BuildRef BUILD = new BuildRef("shop/deploy", 7, null);
    private static final Verdict FAILED = new Verdict(Outcome.FAILED, "1 of 1 measurements failed", List.of(), 0, 1, 0);
    private static final Verdict HEALTHY = new Verdict(Outcome.SUCCEEDED, "1 of 1 measurements passed", List.of(), 1, 0,
            0);

    private final MemoryLedger ledger = new MemoryLedger();
    private final MutableClock clock = new MutableClock(T);
    private final IncidentBook book = new IncidentBook(ledger, ledger, clock);

    private DeploymentRef deployed(String id, String version) {
        clock.advance(Duration.ofMinutes(10));
        ledger.append(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, clock.instant()).environment("production")
                .version(version).deploymentId(id).outcome(Outcome.SUCCEEDED).build());
        return new DeploymentRef("production", version, id);
    }

    /** d0 (1.0) in service, then d1 (1.1) deployed and found unhealthy; its rollback ended as given. */
    private DeploymentRef badDeploymentRolledBack(Outcome rollback) throws Exception {
        deployed("d0", "1.0");
        DeploymentRef bad = deployed("d1", "1.1");
        book.recordVerdict(bad, BUILD, FAILED, "url");
        book.recordRollback(bad, BUILD, rollback, Duration.ofSeconds(30), "rollback " + rollback);
        return bad;
    }

    private DeploymentRef judgedByDefault() {
        return DeploymentRef.find(new DeploymentHistory(ledger.events()), "production", null, null, "--deployment");
    }

    @Test
    void aVerdictOrRollbackRecordedAgainWithItsIdIsNotRecordedTwice() throws Exception {
        deployed("d0", "1.0");
        DeploymentRef bad = deployed("d1", "1.1");
        book.recordVerdict(bad, BUILD, FAILED, "url", "verdict-1");
        LedgerEvent rollback = book.recordRollback(bad, BUILD, Outcome.SUCCEEDED, Duration.ofMinutes(2), "rolled back",
                "rollback-1");
        int recorded = ledger.events().size();

        assertThat(book.recordVerdict(bad, BUILD, FAILED, "url", "verdict-1")).isEmpty();
        assertThat(book.recordRollback(bad, BUILD, Outcome.SUCCEEDED, Duration.ofMinutes(2), "rolled back",
                "rollback-1")).isEqualTo(rollback);

        assertThat(ledger.events()).hasSize(recorded);
        assertThat(ledger.ofType(EventType.HEALTH_CHECKED)).extracting(LedgerEvent::id).containsExactly("verdict-1");
        assertThat(ledger.ofType(EventType.ROLLBACK)).extracting(LedgerEvent::id).containsExactly("rollback-1");
    }

    @Test
    void aSuccessfulRollbackResolvesTheIncidentNamingTheVersionRolledBackTo() throws Exception {
        deployed("d0", "1.0");
        DeploymentRef bad = deployed("d1", "1.1");
        clock.advance(Duration.ofMinutes(1));
        LedgerEvent opened = book.recordVerdict(bad, BUILD, FAILED, "url").orElseThrow();
        clock.advance(Duration.ofMinutes(2));

        LedgerEvent rollback = book.recordRollback(bad, BUILD, Outcome.SUCCEEDED, Duration.ofMinutes(2), "rolled back");

        assertThat(ledger.ofType(EventType.INCIDENT_RESOLVED)).singleElement().satisfies(resolved -> {
            assertThat(resolved.incidentId()).isEqualTo(opened.incidentId());
            assertThat(resolved.deploymentId()).as("the deployment rolled back to").isEqualTo("d0");
            assertThat(resolved.version()).isEqualTo("1.0");
            assertThat(resolved.attributes()).containsEntry(IncidentBook.ROLLBACK_ATTRIBUTE, rollback.id())
                    .containsEntry(IncidentBook.ROLLED_BACK_ATTRIBUTE, "d1");
            assertThat(resolved.time()).isEqualTo(rollback.time());
            assertThat(resolved.duration()).isEqualTo(Duration.between(opened.time(), resolved.time()))
                    .isEqualTo(Duration.ofMinutes(2));
            assertThat(resolved.message()).contains("rolling back deployment d1", "to version 1.0");
        });
        assertThat(ledger.types()).endsWith(EventType.ROLLBACK, EventType.INCIDENT_RESOLVED);
    }

    @Test
    void afterARollbackTheNextCheckJudgesTheRestoredDeploymentAndResolvesNothingMore() throws Exception {
        badDeploymentRolledBack(Outcome.SUCCEEDED);

        DeploymentRef next = judgedByDefault();
        assertThat(next.deploymentId()).isEqualTo("d0");
        assertThat(book.recordVerdict(next, BUILD, HEALTHY, "url")).isEmpty();
        assertThat(ledger.ofType(EventType.INCIDENT_RESOLVED)).hasSize(1)
                .allSatisfy(resolved -> assertThat(resolved.deploymentId()).isNotEqualTo("d1"));
    }

    @Test
    void aHealthyCheckOfTheFailedDeploymentResolvesNothingAndTheFixDoes() throws Exception {
        deployed("d0", "1.0");
        DeploymentRef bad = deployed("d1", "1.1");
        LedgerEvent opened = book.recordVerdict(bad, BUILD, FAILED, "url").orElseThrow();
        assertThat(judgedByDefault().deploymentId()).as("no rollback: still in service").isEqualTo("d1");

        clock.advance(Duration.ofMinutes(5));
        assertThat(book.recordVerdict(bad, BUILD, HEALTHY, "url")).as("the failed deployment").isEmpty();

        DeploymentRef fix = deployed("d2", "1.2");
        LedgerEvent resolved = book.recordVerdict(fix, BUILD, HEALTHY, "url").orElseThrow();
        assertThat(resolved.type()).isEqualTo(EventType.INCIDENT_RESOLVED);
        assertThat(resolved.incidentId()).isEqualTo(opened.incidentId());
        assertThat(resolved.deploymentId()).isEqualTo("d2").isNotEqualTo(opened.deploymentId());
    }

    @Test
    void aFailedRollbackLeavesTheIncidentOpenAndTheDeploymentInService() throws Exception {
        badDeploymentRolledBack(Outcome.FAILED);

        assertThat(ledger.ofType(EventType.INCIDENT_RESOLVED)).isEmpty();
        assertThat(new DeploymentHistory(ledger.events()).openIncident("production")).isPresent();
        assertThat(judgedByDefault().deploymentId()).isEqualTo("d1");
    }

    @Test
    void aSecondFailingDeploymentWhileAnIncidentIsOpenIsLinkedToItAndCountsAsAFailure() throws Exception {
        DeploymentRef first = deployed("d1", "1.1");
        LedgerEvent opened = book.recordVerdict(first, BUILD, FAILED, "url").orElseThrow();
        DeploymentRef second = deployed("d2", "1.2");

        assertThat(book.recordVerdict(second, BUILD, FAILED, "url")).as("no second incident").isEmpty();

        assertThat(ledger.ofType(EventType.HEALTH_CHECKED)).hasSize(2)
                .allSatisfy(checked -> assertThat(checked.incidentId()).isEqualTo(opened.incidentId()));
        Window window = Window.lastDays(1, clock.instant());
        Figures incremental = new IncrementalMetrics("job", MetricsConfig.defaults()).acceptAll(ledger.events())
                .report(window).production().current();
        Figures naive = NaiveMetrics.report("job", ledger.events(), MetricsConfig.defaults(), window).production()
                .current();
        assertThat(incremental.deployments()).isEqualTo(2);
        assertThat(incremental.failed()).isEqualTo(2);
        assertThat(incremental.changeFailureRate()).isEqualTo(1.0);
        assertThat(naive).isEqualTo(incremental);
    }

    @Test
    void aRollbackOfADeploymentNotLinkedToTheOpenIncidentResolvesNothing() throws Exception {
        DeploymentRef first = deployed("d1", "1.1");
        book.recordVerdict(first, BUILD, FAILED, "url");
        DeploymentRef other = deployed("d2", "1.2");

        book.recordRollback(other, BUILD, Outcome.SUCCEEDED, Duration.ofSeconds(10), "rolled back (inconclusive)");

        assertThat(ledger.ofType(EventType.INCIDENT_RESOLVED)).isEmpty();
    }

    @Test
    void aDeploymentTheLedgerDoesNotHoldIsKnownByItsVersion() throws Exception {
        deployed("d0", "1.0");
        DeploymentRef unrecorded = new DeploymentRef("production", "2.0", null);
        LedgerEvent opened = book.recordVerdict(unrecorded, BUILD, FAILED, "url").orElseThrow();
        assertThat(book.recordVerdict(unrecorded, BUILD, HEALTHY, "url")).as("the failed version").isEmpty();

        book.recordRollback(unrecorded, BUILD, Outcome.SUCCEEDED, Duration.ofSeconds(5), "rolled back");

        assertThat(ledger.ofType(EventType.INCIDENT_RESOLVED)).singleElement().satisfies(resolved -> {
            assertThat(resolved.incidentId()).isEqualTo(opened.incidentId());
            assertThat(resolved.deploymentId()).isEqualTo("d0");
            assertThat(resolved.message()).contains("version 2.0 (not recorded as a deployment)", "to version 1.0");
        });
    }
}
