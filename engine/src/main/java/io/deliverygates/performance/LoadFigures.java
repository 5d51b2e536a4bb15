package io.deliverygates.performance;

import java.io.Serializable;

/**
 * What a load test reports besides its response times: requests, failed requests, and the latency percentiles in
 * milliseconds (computed from the samples for JMeter, as reported by k6, which keeps no samples; p99 is null when
 * k6 was not asked for it).
 */
public record LoadFigures(long requests, long errors, Double p95, Double p99) implements Serializable {
    /** The share of failed requests, 0..1. */
    public double errorRate() {
        return requests == 0 ? 0 : (double) errors / requests;
    }
}
