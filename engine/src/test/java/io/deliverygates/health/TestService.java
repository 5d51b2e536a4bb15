package io.deliverygates.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP(S) server on 127.0.0.1 that plays a script of responses, one per request (the last one repeats):
 * healthy, unhealthy, slow, or hanging until the server closes.
 */
final class TestService implements AutoCloseable {
    /** One scripted answer. */
    record Reply(int status, String body, Duration delay, boolean hang) {
        static Reply ok(String body) {
            return new Reply(200, body, Duration.ZERO, false);
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, Duration.ZERO, false);
        }

        static Reply hanging() {
            return new Reply(0, "", Duration.ZERO, true);
        }

        Reply after(Duration delay) {
            return new Reply(status, body, delay, hang);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Reply> script = new ArrayList<>(List.of(Reply.ok("ok")));
    private final List<String> authorizations = new ArrayList<>();
    private int requests;

    private TestService(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static TestService http() throws IOException {
        return new TestService(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    static TestService https(SSLContext context) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        return new TestService(server);
    }

    /** A URL on 127.0.0.1 where nothing listens: connections are refused. */
    static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/health");
        }
    }

    synchronized TestService play(Reply... replies) {
        script.clear();
        script.addAll(Arrays.asList(replies));
        requests = 0;
        return this;
    }

    URI url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/health");
    }

    synchronized int requests() {
        return requests;
    }

    synchronized List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        synchronized (this) {
            reply = script.get(Math.min(requests, script.size() - 1));
            requests++;
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
        }
        try {
            if (reply.hang()) {
                closing.await();
                return;
            }
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
