package io.deliverygates.health;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One probe of the service.
 *
 * @param time        when the request was sent
 * @param result      passed, failed (the service answered wrongly) or error (no usable answer)
 * @param status      the HTTP status code, or 0 when there was no response
 * @param latency     time from sending the request to the end of the (possibly truncated) response or error
 * @param detail      why it failed or errored, empty when it passed
 * @param bodyExcerpt the start of the response body (at most {@link #EXCERPT_LENGTH} characters)
 */
public record Measurement(Instant time, Result result, int status, Duration latency, String detail,
        String bodyExcerpt) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Longest body excerpt kept per measurement. */
    public static final int EXCERPT_LENGTH = 200;

    /** How one measurement ended. */
    public enum Result {
        /** The answer met every condition. */
        PASSED,
        /** The service answered, but with an unexpected status or body: counts toward {@code failureLimit}. */
        FAILED,
        /** No usable answer (timeout, refused, TLS or protocol error): counts toward {@code consecutiveErrorLimit}. */
        ERROR
    }

    public Measurement {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(result, "result");
        latency = latency == null ? Duration.ZERO : latency;
        detail = detail == null ? "" : detail;
        bodyExcerpt = excerpt(bodyExcerpt);
    }

    /** A measurement that produced no response. */
    public static Measurement error(Instant time, Duration latency, String detail) {
        return new Measurement(time, Result.ERROR, 0, latency, detail, "");
    }

    /** One line for logs: time, result, status, latency and detail. */
    public String describe() {
        StringBuilder line = new StringBuilder().append(time).append(' ').append(result);
        if (status > 0) {
            line.append(" HTTP ").append(status);
        }
        line.append(" in ").append(latency.toMillis()).append("ms");
        if (!detail.isEmpty()) {
            line.append(": ").append(detail);
        }
        return line.toString();
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String shortened = body.length() > EXCERPT_LENGTH ? body.substring(0, EXCERPT_LENGTH) : body;
        // Keeps the excerpt on one line in logs and the ledger.
        return shortened.replaceAll("[\\p{Cntrl}&&[^\t]]", " ");
    }
}
