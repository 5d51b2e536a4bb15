package io.deliverygates.health;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Probes a service over HTTP(S) with {@link HttpClient}. The timeout covers the whole exchange, body included;
 * at most {@link #MAX_BODY_BYTES} of the body are read. Header values never appear in measurements.
 */
public final class HttpProbe implements Probe {
    /** Bodies are read up to this size; the body condition sees only this much. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private final ProbeSpec spec;
    private final Clock clock;
    private final HttpClient client;

    public HttpProbe(ProbeSpec spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(spec.timeout())
                .sslContext(TlsContexts.forSpec(spec))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What this probe requests and expects ({@link ProbeSpec#toString} masks header values). */
    public ProbeSpec spec() {
        return spec;
    }

    /** Warnings the user must see with the result, e.g. that TLS verification is off. */
    public List<String> warnings() {
        return spec.verifyTls() || !"https".equalsIgnoreCase(spec.url().getScheme()) ? List.of()
                : List.of("TLS verification is off for " + spec.url()
                        + ": any certificate is accepted, so the probe cannot tell the real service from an impostor");
    }

    @Override
    public Measurement measure() throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(spec.url()).timeout(spec.timeout())
                .method(spec.method(), HttpRequest.BodyPublishers.noBody());
        spec.headers().forEach(request::header);
        Instant time = clock.instant();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request.build(), info -> new LimitedBody(MAX_BODY_BYTES));
        try {
            HttpResponse<String> response = exchange.get(spec.timeout().toNanos(), TimeUnit.NANOSECONDS);
            return judge(time, response, elapsed(start));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Measurement.error(time, elapsed(start), "no response within " + spec.timeout().toMillis() + "ms");
        } catch (ExecutionException e) {
            return Measurement.error(time, elapsed(start), describe(e.getCause()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        }
    }

    private Measurement judge(Instant time, HttpResponse<String> response, Duration latency) {
        String body = response.body();
        int status = response.statusCode();
        if (!spec.expectedStatus().contains(status)) {
            return new Measurement(time, Measurement.Result.FAILED, status, latency,
                    "status " + status + ", expected " + spec.expectedStatus(), body);
        }
        Optional<String> violation = spec.body() == null || spec.method().equals("HEAD") ? Optional.empty()
                : spec.body().violation(body);
        return new Measurement(time, violation.isPresent() ? Measurement.Result.FAILED : Measurement.Result.PASSED,
                status, latency, violation.orElse(""), body);
    }

    private String describe(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return "no response within " + spec.timeout().toMillis() + "ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused or unreachable (" + spec.url().getHost() + ":" + port() + ")";
        }
        if (cause instanceof SSLException) {
            return "TLS handshake failed: " + rootMessage(cause);
        }
        if (cause instanceof IOException) {
            return "I/O error: " + rootMessage(cause);
        }
        return "probe error: " + cause;
    }

    private int port() {
        int port = spec.url().getPort();
        return port >= 0 ? port : "https".equalsIgnoreCase(spec.url().getScheme()) ? 443 : 80;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Collects the body up to a limit, then cancels the rest so a huge body costs neither time nor memory. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<String> {
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int take = Math.min(buffer.remaining(), limit - bytes.size());
                byte[] chunk = new byte[take];
                buffer.get(chunk);
                bytes.write(chunk, 0, take);
            }
            if (bytes.size() >= limit) {
                subscription.cancel();
                onComplete();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
