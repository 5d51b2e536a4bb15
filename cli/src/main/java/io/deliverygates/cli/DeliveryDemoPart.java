package io.deliverygates.cli;

import com.sun.net.httpserver.HttpServer;
import io.deliverygates.ledger.FileLedger;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A release's way to production and back, with the real commands on a ledger in the demo folder: {@code promote}
 * puts version 1.4.2 into dev, staging and production with a deploy command (and refuses 1.5.0, which skipped
 * them); {@code health} then probes a service the demo starts on 127.0.0.1, which answers healthy twice and then
 * turns unhealthy, so the analysis fails, the rollback command runs and the incident is recorded; {@code metrics}
 * draws that ledger's dashboard.
 */
final class DeliveryDemoPart implements DemoPart {
    static final String VERSION = "1.4.2";
    static final List<String> ENVIRONMENTS = List.of("dev", "staging", "production");
    /** Healthy answers before the service turns unhealthy. */
    static final int HEALTHY_ANSWERS = 2;

    private final Clock clock;

    DeliveryDemoPart() {
        this(Clock.systemUTC());
    }

    DeliveryDemoPart(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Promotion and health check: dev \u2192 staging \u2192 production, then a rollback";
    }

    @Override
    public String directory() {
        return "delivery";
    }

    @Override
    public String description() {
        return "Promotes version " + VERSION + " through dev, staging and production with a deploy command, is refused"
                + " a version that skipped dev and staging, then runs a health analysis against a service on"
                + " 127.0.0.1 that turns unhealthy after " + HEALTHY_ANSWERS + " answers: the analysis fails, the"
                + " rollback command runs, and the rollback and the incident land in the ledger and on its dashboard.";
    }

    @Override
    public List<Page> write(Path dir, PrintWriter out) throws IOException {
        Path ledger = dir.resolve("shop"); // the folder's name is the job's name on the dashboard
        Files.deleteIfExists(FileLedger.inFolder(ledger).file()); // the same story on every run
        Path log = dir.resolve("deployments.log");
        Files.deleteIfExists(log);
        DemoShell shell = new DemoShell(dir, out);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> commits = List.of("--commit", "9c41d2e@" + now.minus(Duration.ofHours(26)),
                "--commit", "3f2a9c1@" + now.minus(Duration.ofHours(3)));
        int build = 100;
        for (String environment : ENVIRONMENTS) {
            List<String> promote = new ArrayList<>(List.of("promote", "--ledger", ledger.toString(), "--to",
                    environment, "--version", VERSION, "--build", "shop/deploy#" + ++build));
            promote.addAll(commits);
            promote.addAll(List.of("--", "sh", "-c", "echo deployed shop " + VERSION + " to " + environment + " >> "
                    + log));
            shell.run(promote.toArray(String[]::new));
        }
        shell.run("promote", "--ledger", ledger.toString(), "--to", "production", "--version", "1.5.0", "--",
                "sh", "-c", "echo never runs >> " + log);
        try (FlakyService service = FlakyService.start(HEALTHY_ANSWERS)) {
            shell.run("health", "--url", service.url(), "--body", "json:/status=UP", "--interval", "200ms",
                    "--count", "6", "--failure-limit", "1", "--rollback-command",
                    "echo rolled production back to 1.4.1 >> " + log, "--ledger", ledger.toString(),
                    "--environment", "production", "--version", VERSION, "--build", "shop/deploy#" + ++build);
        }
        shell.run("ledger", "show", "--ledger", ledger.toString());
        shell.run("metrics", "--ledger", ledger.toString(), "--window", "7d", "--format", "html", "--out",
                dir.resolve("dashboard.html").toString());
        return List.of(new Page("dashboard.html", "Dashboard of this ledger: deployments, the failure and the incident"),
                new Page("shop/" + FileLedger.inFolder(ledger).file().getFileName(), "The ledger (JSON lines)"),
                new Page("deployments.log", "What the deploy and rollback commands did"));
    }

    /** A service on 127.0.0.1 that answers {@code {"status":"UP"}} a few times, then 503 {@code {"status":"DOWN"}}. */
    static final class FlakyService implements AutoCloseable {
        private final HttpServer server;

        private FlakyService(HttpServer server) {
            this.server = server;
        }

        static FlakyService start(int healthyAnswers) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            AtomicInteger answers = new AtomicInteger();
            server.createContext("/health", exchange -> {
                boolean healthy = answers.incrementAndGet() <= healthyAnswers;
                byte[] body = (healthy ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(healthy ? 200 : 503, body.length);
                try (OutputStream response = exchange.getResponseBody()) {
                    response.write(body);
                }
            });
            server.start();
            return new FlakyService(server);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
