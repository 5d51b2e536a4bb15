package io.deliverygates.health;

import io.deliverygates.common.InputException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one health probe requests and expects.
 *
 * @param url            the http or https URL
 * @param method         {@code GET} or {@code HEAD}
 * @param expectedStatus the status codes that count as healthy (default 200-299)
 * @param body           what the body must contain, or null for no condition (ignored for HEAD)
 * @param timeout        per request: connecting, waiting for and reading the response (default 5s)
 * @param headers        request headers; values may be secrets (tokens) and are never shown by {@link #toString}
 *                       or in measurements
 * @param trustedCaPem   PEM text of the certificate(s) to trust for https instead of the JVM's trust store, or
 *                       null
 * @param verifyTls      false to accept any certificate and host name (insecure; the result carries a warning)
 */
public record ProbeSpec(URI url, String method, StatusCodes expectedStatus, BodyCondition body, Duration timeout,
        Map<String, String> headers, String trustedCaPem, boolean verifyTls) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ProbeSpec {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "url",
                    "'" + url + "' is not an http(s) URL with a host");
        }
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "method",
                    "'" + method + "' is not supported (GET or HEAD)");
        }
        expectedStatus = expectedStatus == null ? StatusCodes.SUCCESS : expectedStatus;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        if (timeout.isZero() || timeout.isNegative()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "timeout", "must be positive");
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A GET of {@code url} expecting a 2xx within 5 seconds, verifying TLS against the JVM's trust store. */
    public static ProbeSpec get(URI url) {
        return new ProbeSpec(url, "GET", null, null, null, null, null, true);
    }

    @Override
    public String toString() {
        Map<String, String> masked = new TreeMap<>();
        headers.keySet().forEach(name -> masked.put(name, "****"));
        return method + " " + url + " expecting " + expectedStatus + (body == null ? "" : " and " + body)
                + " within " + timeout.toMillis() + "ms" + (masked.isEmpty() ? "" : " headers " + masked)
                + (trustedCaPem == null ? "" : " trusting a custom CA") + (verifyTls ? "" : " WITHOUT TLS verification");
    }
}
