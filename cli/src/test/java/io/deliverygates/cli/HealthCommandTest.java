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
    void unhealthyDeploymentRollsBackOpensAnIncidentWhichTheNextHealthyDeploymentResolves() throws Exception {
        deploy("1.0");
        status.set(503);

        CliRun failed = health();

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.out()).contains("FAILED: 1 of 1 measurements failed")
                .contains("status 503, expected 200-299").contains("{\"status\":\"DOWN\"}").contains("Rolled back.");
        assertThat(rollbacks()).containsExactly("rolled-back");
        assertThat(events()).extracting(LedgerEvent::type).containsSubsequence(EventType.DEPLOYMENT_FINISHED,
                EventType.HEALTH_CHECKED, EventType.INCIDENT_OPENED, EventType.ROLLBACK);
        String incident = events().get(3).incidentId();

        status.set(200);
        assertThat(deploy("1.1").exitCode()).isZero();
        assertThat(events().get(events().size() - 1).fixesIncident()).isEqualTo(incident);
        assertThat(health().exitCode()).isZero();

        LedgerEvent resolved = events().get(events().size() - 1);
        assertThat(resolved.type()).isEqualTo(EventType.INCIDENT_RESOLVED);
        assertThat(resolved.incidentId()).isEqualTo(incident);
        assertThat(resolved.version()).isEqualTo("1.1");
        assertThat(rollbacks()).hasSize(1);
    }

    @Test
    void unreachableEndpointIsInconclusiveExitTenWithoutRollback() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        CliRun run = CliRun.of("health", "--url", "http://127.0.0.1:" + closed + "/health", "--count", "3",
                "--interval", "10ms", "--consecutive-error-limit", "1", "--rollback-command", "echo x > "
                        + work.resolve("rollbacks"));

        assertThat(run.exitCode()).isEqualTo(10);
        assertThat(run.out()).contains("INCONCLUSIVE: 2 measurements in a row errored").contains("connection refused");
        assertThat(rollbacks()).isEmpty();
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

        CliRun run = CliRun.of("health", "--url", url(), "--ledger", ledger().toString(), "--environment",
                "production");

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
