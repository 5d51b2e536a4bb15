package io.deliverygates.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.testing.MemoryLedger;
import io.deliverygates.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromoterTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final BuildRef BUILD = new BuildRef("shop/deploy", 7, null);
    private static final List<Commit> COMMITS = List.of(new Commit("c0ffee", null, T0.minusSeconds(3600)));

    private final MemoryLedger ledger = new MemoryLedger();
    private final MutableClock clock = new MutableClock(T0);
    private final Promoter promoter = new Promoter(EnvironmentChain.parse("dev,staging:1h,production", "e"),
            ledger, ledger, clock);

    @Test
    void recordsStartAndFinishWithOutcomeDurationCommitsAndBuild() throws Exception {
        LedgerEvent finished = promoter.promote(request("dev", "1.0"), () -> {
            clock.advance(Duration.ofSeconds(42));
            return Outcome.SUCCEEDED;
        });

        assertThat(ledger.types()).containsExactly(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_FINISHED);
        LedgerEvent started = ledger.events().get(0);
        assertThat(started.time()).isEqualTo(T0);
        assertThat(started.commits()).isEqualTo(COMMITS);
        assertThat(finished.deploymentId()).isEqualTo(started.deploymentId()).isNotNull();
        assertThat(finished.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(finished.duration()).isEqualTo(Duration.ofSeconds(42));
        assertThat(finished.commits()).isEqualTo(COMMITS);
        assertThat(finished.build()).isEqualTo(BUILD);
        assertThat(finished.environment()).isEqualTo("dev");
        assertThat(finished.version()).isEqualTo("1.0");
        assertThat(finished.fixesIncident()).isNull();
    }

    @Test
    void refusesAVersionThatNeverReachedThePreviousEnvironmentAndRecordsNothing() {
        assertThatThrownBy(() -> promoter.promote(request("staging", "1.0"), () -> Outcome.SUCCEEDED))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessage("version 1.0 may not enter staging: it has not succeeded in dev (never deployed there)");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void refusalNamesTheLastFailedAttempt() throws Exception {
        promoter.promote(request("dev", "1.0"), () -> Outcome.FAILED);

        assertThatThrownBy(() -> promoter.begin(request("staging", "1.0")))
                .hasMessage("version 1.0 may not enter staging: it has not succeeded in dev (last: FAILED at " + T0
                        + ")");
    }

    @Test
    void aDeploymentThatFailedItsHealthCheckDoesNotCountAsSucceeded() throws Exception {
        LedgerEvent dev = promoter.promote(request("dev", "1.0"), () -> Outcome.SUCCEEDED);
        ledger.append(LedgerEvent.builder(EventType.HEALTH_CHECKED, T0).environment("dev").version("1.0")
                .deploymentId(dev.deploymentId()).outcome(Outcome.FAILED).build());

        assertThatThrownBy(() -> promoter.begin(request("staging", "1.0")))
                .hasMessageContaining("(last: SUCCEEDED at " + T0 + ", then failed its health check or was rolled back)");
    }

    @Test
    void aRolledBackDeploymentDoesNotCountAsSucceeded() throws Exception {
        LedgerEvent dev = promoter.promote(request("dev", "1.0"), () -> Outcome.SUCCEEDED);
        ledger.append(LedgerEvent.builder(EventType.ROLLBACK, T0).environment("dev").version("1.0")
                .deploymentId(dev.deploymentId()).outcome(Outcome.SUCCEEDED).build());

        assertThatThrownBy(() -> promoter.begin(request("staging", "1.0")))
                .isInstanceOf(PromotionRefusedException.class);
    }

    @Test
    void waitsForTheSoakTimeOfThePreviousEnvironment() throws Exception {
        promoter.promote(request("dev", "1.0"), () -> Outcome.SUCCEEDED);
        promoter.promote(request("staging", "1.0"), () -> Outcome.SUCCEEDED);
        clock.advance(Duration.ofMinutes(59));

        assertThatThrownBy(() -> promoter.begin(request("production", "1.0")))
                .hasMessage("version 1.0 may not enter production before " + T0.plusSeconds(3600)
                        + ": it succeeded in staging at " + T0 + " and must soak there for 1h");

        clock.advance(Duration.ofMinutes(1));
        assertThat(promoter.promote(request("production", "1.0"), () -> Outcome.SUCCEEDED).outcome())
                .isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void anotherVersionsSuccessDoesNotOpenTheWay() throws Exception {
        promoter.promote(request("dev", "1.0"), () -> Outcome.SUCCEEDED);

        assertThatThrownBy(() -> promoter.begin(request("staging", "1.1")))
                .hasMessageContaining("has not succeeded in dev (never deployed there)");
    }

    @Test
    void aThrowingDeploymentIsRecordedAsFailedAndTheErrorPassedOn() {
        assertThatThrownBy(() -> promoter.promote(request("dev", "1.0"), () -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");

        LedgerEvent finished = ledger.ofType(EventType.DEPLOYMENT_FINISHED).get(0);
        assertThat(finished.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(finished.message()).isEqualTo("deployment failed: disk full");
    }

    @Test
    void anInterruptedDeploymentIsRecordedAsAborted() {
        assertThatThrownBy(() -> promoter.promote(request("dev", "1.0"), () -> {
            throw new InterruptedException();
        })).isInstanceOf(InterruptedException.class);

        assertThat(ledger.ofType(EventType.DEPLOYMENT_FINISHED).get(0).outcome()).isEqualTo(Outcome.ABORTED);
    }

    @Test
    void aDeploymentIntoAnEnvironmentWithAnOpenIncidentFixesIt() throws Exception {
        ledger.append(LedgerEvent.builder(EventType.INCIDENT_OPENED, T0).environment("dev").incidentId("inc-1")
                .build());

        LedgerEvent fix = promoter.promote(request("dev", "1.1"), () -> Outcome.SUCCEEDED);
        assertThat(fix.fixesIncident()).isEqualTo("inc-1");
        assertThat(ledger.ofType(EventType.DEPLOYMENT_STARTED).get(0).fixesIncident()).isEqualTo("inc-1");

        ledger.append(LedgerEvent.builder(EventType.INCIDENT_RESOLVED, T0).environment("dev").incidentId("inc-1")
                .build());
        assertThat(promoter.promote(request("dev", "1.2"), () -> Outcome.SUCCEEDED).fixesIncident()).isNull();
    }

    @Test
    void anExplicitIncidentWinsAndADeploymentCanBeResumedById() throws Exception {
        StartedDeployment started = promoter.begin(new PromotionRequest("dev", "1.0", COMMITS, BUILD, "inc-9"));

        StartedDeployment resumed = promoter.resume(started.deploymentId());
        assertThat(resumed).isEqualTo(started);
        assertThat(resumed.environment()).isEqualTo("dev");
        assertThat(resumed.version()).isEqualTo("1.0");
        assertThat(resumed.startedAt()).isEqualTo(T0);
        assertThat(promoter.finish(resumed, Outcome.FAILED, "step aborted").fixesIncident()).isEqualTo("inc-9");
        assertThatThrownBy(() -> promoter.resume("nope")).hasMessage("deployment: no deployment with id nope in the ledger");
    }

    private static PromotionRequest request(String environment, String version) {
        return new PromotionRequest(environment, version, COMMITS, BUILD);
    }
}
