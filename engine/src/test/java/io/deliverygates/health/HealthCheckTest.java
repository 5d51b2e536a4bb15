package io.deliverygates.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.health.TestService.Reply;
import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.testing.MemoryLedger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health analysis against a real server on 127.0.0.1 that turns unhealthy, flaps, hangs, refuses, answers slowly
 * and serves a self-signed certificate. Intervals are tens of milliseconds; nothing asserts how long anything took.
 */
class HealthCheckTest {
    private static final Duration INTERVAL = Duration.ofMillis(20);
    private static final DeploymentRef DEPLOYMENT = new DeploymentRef("production", "1.4.2", "d-1");
    private static final BuildRef BUILD = new BuildRef("shop/deploy", 3, null);

    @TempDir
    static Path keys;
    private static SelfSignedCertificate certificate;

    private TestService service;
    private final MemoryLedger ledger = new MemoryLedger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    private final List<Measurement> seen = new ArrayList<>();

    @BeforeAll
    static void generateCertificate() throws Exception {
        certificate = SelfSignedCertificate.generate(keys);
    }

    @BeforeEach
    void startService() throws Exception {
        service = TestService.http();
    }

    @AfterEach
    void stopService() throws Exception {
        service.close();
    }

    private static AnalysisSpec analysis(int count, int successThreshold, int failureLimit, int errorLimit) {
        return new AnalysisSpec(Duration.ZERO, INTERVAL, count, null, successThreshold, failureLimit, errorLimit);
    }

    private static ProbeSpec probe(URI url, Duration timeout) {
        return new ProbeSpec(url, "GET", null, null, timeout, null, null, true);
    }

    private HealthGuard.Result check(AnalysisSpec analysis, ProbeSpec probe, boolean rollbackOnInconclusive)
            throws Exception {
        HealthGuard guard = new HealthGuard(AnalysisRunner.realTime(),
                new IncidentBook(ledger, ledger, Clock.systemUTC()), Clock.systemUTC());
        return guard.check(analysis, new HttpProbe(probe, Clock.systemUTC()), probe.url().toString(), DEPLOYMENT,
                BUILD, () -> rollbacks.incrementAndGet() > 0, rollbackOnInconclusive, seen::add);
    }

    @Test
    void healthyServiceSucceedsAndRecordsEveryMeasurement() throws Exception {
        service.play(Reply.ok("{\"status\":\"UP\"}"));

        HealthGuard.Result result = check(analysis(3, 0, 0, 4), probe(service.url(), Duration.ofSeconds(5)), true);

        assertThat(result.verdict().outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.analysis().measurements()).hasSize(3).isEqualTo(seen).allSatisfy(m -> {
            assertThat(m.result()).isEqualTo(Measurement.Result.PASSED);
            assertThat(m.status()).isEqualTo(200);
            assertThat(m.bodyExcerpt()).isEqualTo("{\"status\":\"UP\"}");
        });
        assertThat(service.requests()).isEqualTo(3);
        assertThat(result.rollbackOutcome()).isEmpty();
        assertThat(rollbacks).hasValue(0);
        assertThat(ledger.types()).containsExactly(EventType.HEALTH_CHECKED);
        assertThat(ledger.events().get(0).attributes()).containsEntry("passed", "3").containsEntry("failed", "0");
    }

    @Test
    void serviceTurningUnhealthyFailsRollsBackOnceAndOpensAnIncident() throws Exception {
        service.play(Reply.ok("ok"), Reply.ok("ok"), Reply.status(503, "database unreachable"));

        HealthGuard.Result result = check(analysis(6, 0, 0, 4), probe(service.url(), Duration.ofSeconds(5)), false);

        Verdict verdict = result.verdict();
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.reason()).startsWith("1 of 3 measurements failed, more than the failureLimit of 0");
        assertThat(verdict.evidence()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(503);
            assertThat(m.detail()).isEqualTo("status 503, expected 200-299");
            assertThat(m.bodyExcerpt()).isEqualTo("database unreachable");
        });
        assertThat(service.requests()).as("stops measuring at the verdict").isEqualTo(3);
        assertThat(rollbacks).hasValue(1);
        assertThat(result.rollbackOutcome()).contains(Outcome.SUCCEEDED);
        assertThat(ledger.types()).containsExactly(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED,
                EventType.ROLLBACK, EventType.INCIDENT_RESOLVED);
        assertThat(ledger.events()).filteredOn(event -> event.type() != EventType.INCIDENT_RESOLVED).allSatisfy(event -> {
            assertThat(event.deploymentId()).isEqualTo("d-1");
            assertThat(event.environment()).isEqualTo("production");
        });
        assertThat(ledger.events().get(0).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ledger.events().get(2).message()).startsWith("rolled back after the verdict FAILED");
    }

    @Test
    void flappingServiceFailsOnlyBeyondTheFailureLimit() throws Exception {
        Reply[] flapping = {Reply.ok("ok"), Reply.status(500, "x"), Reply.ok("ok"), Reply.status(500, "x"),
            Reply.ok("ok"), Reply.status(500, "x"), Reply.ok("ok")};
        service.play(flapping);
        assertThat(check(analysis(7, 0, 3, 4), probe(service.url(), Duration.ofSeconds(5)), false)
                .verdict().outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(rollbacks).hasValue(0);

        service.play(flapping);
        HealthGuard.Result result = check(analysis(7, 0, 2, 4), probe(service.url(), Duration.ofSeconds(5)), false);
        assertThat(result.verdict().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.analysis().measurements()).hasSize(6);
        assertThat(result.verdict().evidence()).hasSize(3).extracting(Measurement::status).containsOnly(500);
        assertThat(rollbacks).hasValue(1);
    }

    @Test
    void successThresholdStopsEarlyOnAFlappingServiceOnlyOnceItSettles() throws Exception {
        service.play(Reply.ok("ok"), Reply.status(500, "x"), Reply.ok("ok"), Reply.ok("ok"));

        HealthGuard.Result result = check(analysis(10, 2, 1, 4), probe(service.url(), Duration.ofSeconds(5)), false);

        assertThat(result.verdict().outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(service.requests()).isEqualTo(4);
    }

    @Test
    void hangingServiceIsAnErrorNotAFailureAndFailsBeyondTheErrorLimitWithRollback() throws Exception {
        service.play(Reply.hanging());

        HealthGuard.Result result = check(analysis(5, 0, 0, 1), probe(service.url(), Duration.ofMillis(100)), false);

        Verdict verdict = result.verdict();
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.failed()).isZero();
        assertThat(verdict.errored()).isEqualTo(2);
        assertThat(result.analysis().measurements()).hasSize(2).allSatisfy(m -> {
            assertThat(m.result()).isEqualTo(Measurement.Result.ERROR);
            assertThat(m.status()).isZero();
            assertThat(m.detail()).isEqualTo("no response within 100ms");
        });
        assertThat(rollbacks).hasValue(1);
        assertThat(result.rollbackOutcome()).contains(Outcome.SUCCEEDED);
        assertThat(ledger.types()).containsExactly(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED,
                EventType.ROLLBACK, EventType.INCIDENT_RESOLVED);
        assertThat(ledger.events().get(0).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ledger.events().get(0).attributes()).containsEntry("failed", "0").containsEntry("errored", "2");
    }

    @Test
    void refusedConnectionsFailBeyondTheErrorLimitAndTheReasonNamesTheErrors() throws Exception {
        URI closed = TestService.closedPort();

        HealthGuard.Result result = check(analysis(5, 0, 0, 2), probe(closed, Duration.ofSeconds(2)), false);

        Verdict verdict = result.verdict();
        String refused = "connection refused or unreachable (127.0.0.1:" + closed.getPort() + ")";
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.reason()).isEqualTo("3 measurements in a row errored, more than the consecutiveErrorLimit"
                + " of 2: the service gave no usable answer (errors, not failing responses); last error: " + refused
                + " (0 passed, 0 failed, 3 errored)");
        assertThat(verdict.explain()).contains("ERROR in", refused);
        assertThat(result.analysis().measurements()).hasSize(3);
        assertThat(rollbacks).hasValue(1);
        assertThat(ledger.types()).containsExactly(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED,
                EventType.ROLLBACK, EventType.INCIDENT_RESOLVED);
        assertThat(ledger.events().get(0).message()).isEqualTo(verdict.reason());
        assertThat(ledger.events().get(1).message()).contains("errors, not failing responses", refused);
        assertThat(ledger.events().get(2).message()).startsWith("rolled back after the verdict FAILED: 3 measurements"
                + " in a row errored");
    }

    @Test
    void serviceThatCrashesDuringTheAnalysisFailsOnErrorsAndRollsBack() throws Exception {
        service.play(Reply.ok("ok"));
        HealthGuard guard = new HealthGuard(AnalysisRunner.realTime(),
                new IncidentBook(ledger, ledger, Clock.systemUTC()), Clock.systemUTC());
        ProbeSpec probe = probe(service.url(), Duration.ofSeconds(2));

        HealthGuard.Result result = guard.check(analysis(10, 0, 0, 2), new HttpProbe(probe, Clock.systemUTC()),
                "svc", DEPLOYMENT, BUILD, () -> rollbacks.incrementAndGet() > 0, false, measurement -> {
                    seen.add(measurement);
                    if (seen.size() == 2) {
                        crashService();
                    }
                });

        assertThat(result.analysis().measurements()).extracting(Measurement::result).containsExactly(
                Measurement.Result.PASSED, Measurement.Result.PASSED, Measurement.Result.ERROR,
                Measurement.Result.ERROR, Measurement.Result.ERROR);
        assertThat(result.verdict().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.verdict().reason()).contains("last error: connection refused")
                .endsWith("(2 passed, 0 failed, 3 errored)");
        assertThat(rollbacks).hasValue(1);
    }

    @Test
    void selfSignedCertificateWithVerificationOnFailsAfterTheErrorLimit() throws Exception {
        try (TestService tls = TestService.https(certificate.serverContext())) {
            HealthGuard.Result result = check(analysis(5, 0, 0, 1), probe(tls.url(), Duration.ofSeconds(5)), false);

            assertThat(result.verdict().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.verdict().reason()).contains("last error: TLS handshake failed");
            assertThat(result.analysis().measurements()).hasSize(2);
            assertThat(rollbacks).hasValue(1);
        }
    }

    @Test
    void inconclusiveRollsBackOnlyWhenAskedTo() throws Exception {
        Reply[] neverSettles = {Reply.ok("ok"), Reply.status(500, "x"), Reply.ok("ok"), Reply.status(500, "x")};
        service.play(neverSettles);
        HealthGuard.Result kept = check(analysis(4, 2, 2, 4), probe(service.url(), Duration.ofSeconds(5)), false);
        assertThat(kept.verdict().outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(kept.rollbackOutcome()).isEmpty();
        assertThat(rollbacks).hasValue(0);

        service.play(neverSettles);
        HealthGuard.Result rolledBack = check(analysis(4, 2, 2, 4), probe(service.url(), Duration.ofSeconds(5)),
                true);
        assertThat(rolledBack.verdict().outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(rolledBack.rollbackOutcome()).contains(Outcome.SUCCEEDED);
        assertThat(rollbacks).hasValue(1);
        assertThat(ledger.types()).as("an inconclusive verdict opens no incident").containsExactly(
                EventType.HEALTH_CHECKED, EventType.HEALTH_CHECKED, EventType.ROLLBACK);
    }

    @Test
    void slowAnswerWithinTheTimeoutPassesAndBeyondItErrors() throws Exception {
        service.play(Reply.ok("ok").after(Duration.ofMillis(150)));
        Measurement slow = new HttpProbe(probe(service.url(), Duration.ofSeconds(5)), Clock.systemUTC()).measure();
        assertThat(slow.result()).isEqualTo(Measurement.Result.PASSED);
        assertThat(slow.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(150));

        Measurement tooSlow = new HttpProbe(probe(service.url(), Duration.ofMillis(50)), Clock.systemUTC()).measure();
        assertThat(tooSlow.result()).isEqualTo(Measurement.Result.ERROR);
        assertThat(tooSlow.detail()).isEqualTo("no response within 50ms");
    }

    @Test
    void selfSignedCertificateIsAnErrorUnlessTrustedOrVerificationIsOff() throws Exception {
        try (TestService tls = TestService.https(certificate.serverContext())) {
            ProbeSpec verifying = probe(tls.url(), Duration.ofSeconds(5));
            HttpProbe verifyingProbe = new HttpProbe(verifying, Clock.systemUTC());
            Measurement untrusted = verifyingProbe.measure();
            assertThat(untrusted.result()).isEqualTo(Measurement.Result.ERROR);
            assertThat(untrusted.detail()).startsWith("TLS handshake failed");
            assertThat(verifyingProbe.warnings()).isEmpty();

            ProbeSpec trusting = new ProbeSpec(tls.url(), "GET", null, null, Duration.ofSeconds(5), null,
                    certificate.pem(), true);
            assertThat(new HttpProbe(trusting, Clock.systemUTC()).measure().result())
                    .isEqualTo(Measurement.Result.PASSED);
            assertThat(trusting.toString()).contains("trusting a custom CA");

            ProbeSpec insecure = new ProbeSpec(tls.url(), "GET", null, null, Duration.ofSeconds(5), null, null,
                    false);
            HttpProbe insecureProbe = new HttpProbe(insecure, Clock.systemUTC());
            assertThat(insecureProbe.measure().result()).isEqualTo(Measurement.Result.PASSED);
            assertThat(insecureProbe.warnings()).singleElement().asString().startsWith("TLS verification is off");
            assertThat(tls.requests()).as("the untrusted handshake never reached the handler").isEqualTo(2);
        }
    }

    @Test
    void bodyConditionsAgainstRealResponses() throws Exception {
        service.play(Reply.ok("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"db\",\"state\":\"UP\"}]}"));
        URI url = service.url();

        assertThat(measure(url, "json:/checks/0/state=UP").result()).isEqualTo(Measurement.Result.PASSED);
        Measurement down = measure(url, "json:/status=UP");
        assertThat(down.result()).isEqualTo(Measurement.Result.FAILED);
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.detail()).isEqualTo("JSON value at /status is 'DOWN', expected 'UP'");
        assertThat(measure(url, "json:/checks/0=x").detail()).startsWith("JSON value at /checks/0 is '{\"name\"");
        assertThat(measure(url, "json:/version=1").detail()).isEqualTo("body has no JSON value at /version");
        assertThat(measure(url, "regex:\"state\"\\s*:\\s*\"UP\"").result()).isEqualTo(Measurement.Result.PASSED);
        assertThat(measure(url, "contains:healthy").detail()).isEqualTo("body does not contain 'healthy'");

        service.play(Reply.ok("<html>not json</html>"));
        assertThat(measure(url, "json:/status=UP").detail()).startsWith("body is not JSON");
        assertThat(measure(url, "regex:^<html>").result()).isEqualTo(Measurement.Result.PASSED);
    }

    @Test
    void headRequestsIgnoreTheBodyCondition() throws Exception {
        service.play(Reply.ok("whatever"));
        ProbeSpec head = new ProbeSpec(service.url(), "head", StatusCodes.parse("200,204", "s"),
                BodyCondition.parse("contains:never", "body"), Duration.ofSeconds(5), null, null, true);

        assertThat(new HttpProbe(head, Clock.systemUTC()).measure().result()).isEqualTo(Measurement.Result.PASSED);
    }

    @Test
    void headerValuesAreSentButNeverShown() throws Exception {
        ProbeSpec spec = new ProbeSpec(service.url(), "GET", null, null, Duration.ofSeconds(5),
                Map.of("Authorization", "Bearer s3cr3t-token"), null, true);

        HttpProbe probe = new HttpProbe(spec, Clock.systemUTC());
        Measurement measurement = probe.measure();

        assertThat(service.authorizations()).containsExactly("Bearer s3cr3t-token");
        assertThat(spec.toString()).contains("Authorization=****").doesNotContain("s3cr3t");
        assertThat(measurement.toString()).doesNotContain("s3cr3t");
        assertThat(probe.spec()).isSameAs(spec);
    }

    @Test
    void aHugeBodyIsCutAtTheLimitAndExcerpted() throws Exception {
        service.play(Reply.ok("x".repeat(3 * HttpProbe.MAX_BODY_BYTES) + "TAIL"));

        Measurement measurement = measure(service.url(), "contains:TAIL");

        assertThat(measurement.result()).isEqualTo(Measurement.Result.FAILED);
        assertThat(measurement.bodyExcerpt()).hasSize(Measurement.EXCERPT_LENGTH);
    }

    @Test
    void incidentOpenedByAFailedCheckIsResolvedByTheRollbackNotByALaterCheckOfTheFailedDeployment() throws Exception {
        service.play(Reply.status(503, "down"));
        check(analysis(1, 0, 0, 4), probe(service.url(), Duration.ofSeconds(5)), false);
        LedgerEvent opened = ledger.ofType(EventType.INCIDENT_OPENED).get(0);
        LedgerEvent rollback = ledger.ofType(EventType.ROLLBACK).get(0);
        assertThat(ledger.ofType(EventType.INCIDENT_RESOLVED)).singleElement().satisfies(event -> {
            assertThat(event.incidentId()).isEqualTo(opened.incidentId());
            assertThat(event.deploymentId()).as("not the failed deployment").isNotEqualTo(opened.deploymentId());
            assertThat(event.attributes()).containsEntry(IncidentBook.ROLLBACK_ATTRIBUTE, rollback.id());
            assertThat(event.duration()).isEqualTo(Duration.between(opened.time(), event.time()));
        });

        service.play(Reply.ok("ok"));
        check(analysis(1, 0, 0, 4), probe(service.url(), Duration.ofSeconds(5)), false);
        assertThat(ledger.ofType(EventType.INCIDENT_RESOLVED)).as("a healthy check of d-1 restores nothing")
                .hasSize(1);
        assertThat(rollbacks).hasValue(1);
    }

    @Test
    void aFailingRollbackIsRecordedAsFailed() throws Exception {
        service.play(Reply.status(500, "x"));
        HealthGuard guard = new HealthGuard(AnalysisRunner.realTime(), null, Clock.systemUTC());

        HealthGuard.Result result = guard.check(AnalysisSpec.single(),
                new HttpProbe(probe(service.url(), Duration.ofSeconds(5)), Clock.systemUTC()), "svc", DEPLOYMENT,
                BUILD, () -> {
                    throw new IllegalStateException("rollback script missing");
                }, false, m -> { });

        assertThat(result.rollbackOutcome()).isEqualTo(Optional.of(Outcome.FAILED));
        assertThat(ledger.events()).as("no incident book: nothing recorded").isEmpty();
    }

    @Test
    void withoutARollbackNothingIsRolledBackOrRecordedAsSuch() throws Exception {
        service.play(Reply.status(500, "x"));
        HealthGuard guard = new HealthGuard(AnalysisRunner.realTime(),
                new IncidentBook(ledger, ledger, Clock.systemUTC()), Clock.systemUTC());

        HealthGuard.Result result = guard.check(AnalysisSpec.single(),
                new HttpProbe(probe(service.url(), Duration.ofSeconds(5)), Clock.systemUTC()), "svc", DEPLOYMENT,
                BUILD, null, false, m -> { });

        assertThat(result.verdict().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.rollbackOutcome()).isEmpty();
        assertThat(ledger.types()).containsExactly(EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED);
    }

    /** Stops the server in the middle of an analysis: from then on its port refuses connections. */
    private void crashService() {
        try {
            service.close();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Measurement measure(URI url, String condition) throws InterruptedException {
        ProbeSpec spec = new ProbeSpec(url, "GET", null, BodyCondition.parse(condition, "body"),
                Duration.ofSeconds(5), null, null, true);
        return new HttpProbe(spec, Clock.systemUTC()).measure();
    }
}
