package io.deliverygates.security;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a feed folder over HTTP on 127.0.0.1, like an internal NVD mirror. It counts the requests per file, and
 * can act as a flaky mirror that serves other bytes for a file from its second request on.
 */
public final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, byte[]> laterContent = new ConcurrentHashMap<>();

    public FeedServer(Path folder) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            int count = requests.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] content = count > 1 && laterContent.containsKey(name) ? laterContent.get(name)
                        : Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, content.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(content);
                }
            }
            exchange.close();
        });
        server.start();
    }

    /** The feed URL to configure, with a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** How many times {@code name} was requested. */
    public int requests(String name) {
        AtomicInteger count = requests.get(name);
        return count == null ? 0 : count.get();
    }

    /** From its second request on, {@code name} is answered with {@code content}: a mirror changing under a reader. */
    public void serveLater(String name, byte[] content) {
        laterContent.put(name, content);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
