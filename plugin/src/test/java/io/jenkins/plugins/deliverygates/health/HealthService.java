package io.jenkins.plugins.deliverygates.health;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real health endpoint on 127.0.0.1 whose status the test sets; it remembers the Authorization headers. Register it
 * with {@code @RegisterExtension} to have it stopped after each test.
 */
public final class HealthService implements AutoCloseable, AfterEachCallback {
    public final AtomicInteger status = new AtomicInteger(200);
    public final AtomicInteger requests = new AtomicInteger();
    /** Requests whose client socket belonged to this JVM (the controller in a JenkinsRule test). */
    final AtomicInteger fromThisProcess = new AtomicInteger();
    private final List<String> authorizations = new ArrayList<>();
    private final HttpServer server;

    public HealthService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/health", exchange -> {
            requests.incrementAndGet();
            if (SocketOwner.isThisProcess(exchange.getRemoteAddress().getPort())) {
                fromThisProcess.incrementAndGet();
            }
            synchronized (authorizations) {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization != null) {
                    authorizations.add(authorization);
                }
            }
            byte[] body = (status.get() == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<String> authorizations() {
        synchronized (authorizations) {
            return List.copyOf(authorizations);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
