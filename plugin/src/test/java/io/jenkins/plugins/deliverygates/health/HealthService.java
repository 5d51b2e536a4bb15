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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    private volatile Pause pause;

    /** Holds the answer to one request until the test releases it. */
    public static final class Pause {
        private final int request;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Pause(int request) {
            this.request = request;
        }

        /** Waits up to a minute for the paused request to come. */
        public void awaitArrival() throws InterruptedException {
            if (!arrived.await(1, TimeUnit.MINUTES)) {
                throw new AssertionError("request " + request + " did not come within a minute");
            }
        }

        /** Lets the paused request be answered. */
        public void release() {
            released.countDown();
        }
    }

    /** Holds the answer to the {@code request}th request (counting from 1) until released. */
    public Pause pause(int request) {
        Pause next = new Pause(request);
        pause = next;
        return next;
    }

    public HealthService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/health", exchange -> {
            int number = requests.incrementAndGet();
            Pause paused = pause;
            if (paused != null && paused.request == number) {
                paused.arrived.countDown();
                try {
                    paused.released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
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
