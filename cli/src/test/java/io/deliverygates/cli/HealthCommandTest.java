package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code health} command against a real HTTP server on 127.0.0.1 whose status the test sets. */
class HealthCommandTest {
    @TempDir
    Path work;

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String> authorizations = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            synchronized (authorizations) {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(authorization == null ? "" : authorization);
            }
            byte[] body = (status.get() == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}")
                    .getBytes(StandardCharsets.UTF_8);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status.get(), head ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (!head) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
    }

    private Path ledger() {
        return work.resolve("ledger");
    }

    private CliRun health(String... extra) {
        List<String> args = new ArrayList<>(List.of("health", "--url", url(), "--interval", "10ms", "--count", "3",
                "--ledger", ledger().toString(), "--environment", "production",
                "--rollback-command", "echo rolled-back >> " + work.resolve("rollbacks")));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    /** One measurement, recorded in the ledger, no rollback command. */
    private CliRun healthWithoutRollback() {
        return CliRun.of("health", "--url", url(), "--ledger", ledger().toString(), "--environment", "production");
    }

    private CliRun deploy(String version) {
        return CliRun.of("promote", "--ledger", ledger().toString(), "--environments", "production",
                "--to", "production", "--version", version, "--", "true");
    }

    private List<String> rollbacks() throws Exception {
        Path file = work.resolve("rollbacks");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private List<LedgerEvent> events() throws Exception {
        return FileLedger.at(ledger()).events();
    }

    @Test
    void healthyDeploymentExitsZeroWithoutRollback() throws Exception {
        deploy("1.0");

        CliRun run = health("--body", "json:/status=UP");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("PASSED HTTP 200").contains("SUCCEEDED: no more failures");
        assertThat(authorizations).hasSize(3);
        assertThat(rollbacks()).isEmpty();
        LedgerEvent checked = events().get(2);
        assertThat(checked.type()).isEqualTo(EventType.HEALTH_CHECKED);
        assertThat(checked.deploymentId()).isEqualTo(events().get(1).deploymentId());
        assertThat(checked.version()).isEqualTo("1.0");
    }

    @Test
    void unhealthyDeploymentRollsBackAndTheRollbackResolvesItsIncidentNamingTheVersionRolledBackTo()
            throws Exception {
        deploy("1.0");
        String good = events().get(1).deploymentId();
        deploy("1.1");
        status.set(503);

        CliRun failed = health();

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.out()).contains("FAILED: 1 of 1 measurements failed")
                .contains("status 503, expected 200-299").contains("{\"status\":\"DOWN\"}").contains("Rolled back.");
        assertThat(rollbacks()).containsExactly("rolled-back");
        List<LedgerEvent> events = events();
        assertThat(events).extracting(LedgerEvent::type).endsWith(EventType.DEPLOYMENT_FINISHED,
                EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED, EventType.ROLLBACK, EventType.INCIDENT_RESOLVED);
        LedgerEvent opened = events.get(events.size() - 3);
        LedgerEvent resolved = events.get(events.size() - 1);
        assertThat(resolved.incidentId()).isEqualTo(opened.incidentId());
        assertThat(resolved.deploymentId()).isEqualTo(good);
        assertThat(resolved.version()).isEqualTo("1.0");
        assertThat(resolved.attributes()).containsEntry("rollback", events.get(events.size() - 2).id());

        // the next check judges the version in service again (1.0), not the rolled-back 1.1, and resolves nothing
        status.set(200);
        assertThat(health().exitCode()).isZero();
        LedgerEvent checked = events().get(events().size() - 1);
        assertThat(checked.type()).isEqualTo(EventType.HEALTH_CHECKED);
        assertThat(checked.deploymentId()).isEqualTo(good);
        assertThat(events()).filteredOn(e -> e.type() == EventType.INCIDENT_RESOLVED).hasSize(1);
        assertThat(rollbacks()).hasSize(1);
    }

    @Test
    void withoutRollbackOnlyTheFixResolvesAndASecondFailureJoinsTheOpenIncident() throws Exception {
        deploy("1.0");
        status.set(503);
        CliRun first = healthWithoutRollback();
        assertThat(first.exitCode()).isEqualTo(ExitCodes.FAILED);
        String incident = events().get(events().size() - 1).incidentId();

        status.set(200);
        assertThat(healthWithoutRollback().exitCode()).isZero();
        assertThat(events()).as("a healthy check of the failed deployment restores nothing")
                .noneMatch(e -> e.type() == EventType.INCIDENT_RESOLVED);

        deploy("1.1");
        status.set(503);
        CliRun second = healthWithoutRollback();
        assertThat(second.exitCode()).isEqualTo(ExitCodes.FAILED);
        LedgerEvent linked = events().get(events().size() - 1);
        assertThat(linked.type()).isEqualTo(EventType.HEALTH_CHECKED);
        assertThat(linked.incidentId()).isEqualTo(incident);
        CliRun metrics = CliRun.of("metrics", "--ledger", ledger().toString(), "--format", "json");
        assertThat(metrics.out()).contains("\"changeFailureRate\" : 1.0");

        deploy("1.2");
        status.set(200);
        assertThat(healthWithoutRollback().exitCode()).isZero();
        LedgerEvent resolved = events().get(events().size() - 1);
        assertThat(resolved.type()).isEqualTo(EventType.INCIDENT_RESOLVED);
        assertThat(resolved.incidentId()).isEqualTo(incident);
        assertThat(resolved.version()).isEqualTo("1.2");
    }

    @Test
    void aMistypedOrEmptyLedgerIsNotCreatedAndNothingIsJudged() throws Exception {
        Path typo = work.resolve("ledgr");
        CliRun mistyped = CliRun.of("health", "--url", url(), "--ledger", typo.toString(), "--environment",
                "production");
        assertThat(mistyped.exitCode()).as(mistyped.err()).isEqualTo(4);
        assertThat(mistyped.err()).contains(typo.toString()).contains("production");
        assertThat(typo.resolve(FileLedger.FILE_NAME)).doesNotExist();
        assertThat(authorizations).as("no probe either").isEmpty();

        Path empty = work.resolve("empty.jsonl");
        Files.createFile(empty);
        CliRun emptyLedger = CliRun.of("health", "--url", url(), "--ledger", empty.toString(), "--environment",
                "production");
        assertThat(emptyLedger.exitCode()).as(emptyLedger.err()).isEqualTo(4);
        assertThat(emptyLedger.err()).contains(empty.toString()).contains("'production'");
        assertThat(empty).isEmptyFile();

        CliRun blank = CliRun.of("health", "--url", url(), "--ledger", "", "--environment", "production");
        assertThat(blank.exitCode()).isEqualTo(4);
        assertThat(blank.err()).contains("--ledger").contains("production");

        deploy("1.0");
        CliRun otherEnvironment = CliRun.of("health", "--url", url(), "--ledger", ledger().toString(),
                "--environment", "staging");
        assertThat(otherEnvironment.exitCode()).isEqualTo(4);
        assertThat(otherEnvironment.err()).contains(ledger().toString()).contains("'staging'");
        CliRun named = CliRun.of("health", "--url", url(), "--ledger", ledger().toString(), "--environment",
                "staging", "--version", "0.9");
        assertThat(named.exitCode()).as("a deployment named explicitly is judged").isZero();
        assertThat(events().get(events().size() - 1).version()).isEqualTo("0.9");
    }

    @Test
    void aZeroCountIntervalOrDurationIsRefused() {
        for (String[] zero : new String[][] {{"--count", "0"}, {"--interval", "0s"}, {"--duration", "0s"},
            {"--count", "-2"}}) {
            CliRun run = CliRun.of("health", "--url", url(), zero[0], zero[1]);
            assertThat(run.exitCode()).as(String.join(" ", zero)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(zero[0]).contains("must be more than 0");
        }
        assertThat(authorizations).isEmpty();
    }

    @Test
    void unreachableEndpointFailsOnTheErrorLimitExitTwoAndRollsBack() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        CliRun run = CliRun.of("health", "--url", "http://127.0.0.1:" + closed + "/health", "--count", "3",
                "--interval", "10ms", "--consecutive-error-limit", "1", "--rollback-command", "echo x > "
                        + work.resolve("rollbacks"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("FAILED: 2 measurements in a row errored, more than the "
                + "consecutiveErrorLimit of 1: the service gave no usable answer (errors, not failing responses); "
                + "last error: connection refused").contains("(0 passed, 0 failed, 2 errored)").contains("Rolled back.");
        assertThat(rollbacks()).containsExactly("x");
    }

    @Test
    void neverPassingWithinTheLimitsIsInconclusiveExitTenWithoutRollback() throws Exception {
        deploy("1.0");
        status.set(503);

        CliRun run = health("--failure-limit", "5");

        assertThat(run.exitCode()).isEqualTo(10);
        assertThat(run.out()).contains("INCONCLUSIVE: no measurement passed (0 passed, 3 failed, 0 errored)");
        assertThat(rollbacks()).isEmpty();
    }

    @Test
    void helpExplainsWhichVerdictGivesWhichExitCode() {
        CliRun run = CliRun.of("health", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("more errors in a row (refused, timed out, TLS "
                + "failure) than --consecutive-error-limit").contains("10 inconclusive: --success-threshold not reached");
    }

    @Test
    void aFailingRollbackCommandIsReported() throws Exception {
        status.set(500);

        CliRun run = CliRun.of("health", "--url", url(), "--rollback-command", "exit 4");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("The rollback FAILED");
        assertThat(run.err()).contains("the rollback command exited with 4");
    }

    @Test
    void withoutARollbackCommandTheFailureIsStillRecorded() throws Exception {
        deploy("1.0");
        status.set(500);

        CliRun run = healthWithoutRollback();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("No --rollback-command given: nothing was rolled back.");
        assertThat(events()).extracting(LedgerEvent::type).containsExactly(EventType.DEPLOYMENT_STARTED,
                EventType.DEPLOYMENT_FINISHED, EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED);
    }

    @Test
    void headerValuesAreSentButNotPrinted() {
        CliRun run = CliRun.of("health", "--url", url(), "--header", "Authorization: Bearer s3cr3t");

        assertThat(run.exitCode()).isZero();
        assertThat(authorizations).containsExactly("Bearer s3cr3t");
        assertThat(run.out() + run.err()).contains("Authorization=****").doesNotContain("s3cr3t");
    }

    @Test
    void wrongParametersAreNamed() {
        CliRun noEnvironment = CliRun.of("health", "--url", url(), "--ledger", ledger().toString());
        assertThat(noEnvironment.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noEnvironment.err()).contains("--environment: is required with --ledger");

        CliRun noCa = CliRun.of("health", "--url", url(), "--ca-cert", work.resolve("ca.pem").toString());
        assertThat(noCa.exitCode()).isEqualTo(4);
        assertThat(noCa.err()).contains("--ca-cert").contains("no such file");

        assertThat(CliRun.of("health", "--url", url(), "--interval", "soon").err())
                .contains("--interval").contains("'soon' is not a duration");
        assertThat(CliRun.of("health", "--url", url(), "--expect-status", "2xx").err())
                .contains("--expect-status: '2xx' is not a list of HTTP status codes");
        assertThat(CliRun.of("health", "--url", "ftp://host/x").err()).contains("url: 'ftp://host/x' is not an http(s) URL");
        assertThat(CliRun.of("health", "--url", url(), "--header", "novalue").err()).contains("--header: expected");
        assertThat(CliRun.of("health", "--url", url(), "--header-from-env", "X=NO_SUCH_VARIABLE_HERE").err())
                .contains("--header-from-env");
        deploy("1.0");
        assertThat(CliRun.of("health", "--url", url(), "--ledger", ledger().toString(), "--environment", "p",
                "--deployment", "d-404").err()).contains("--deployment: no deployment d-404");
    }

    @Test
    void insecureModeWarns() {
        CliRun run = CliRun.of("health", "--url", url(), "--insecure", "--method", "HEAD");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("WITHOUT TLS verification");
    }
}
