package io.deliverygates.performance;

/** A microbenchmark (JMH, pytest-benchmark, Google Benchmark) or a load test (JMeter, k6). */
public enum Kind {
    /** Compared by the median of its samples. */
    MICROBENCHMARK,
    /** Compared by the 95th percentile of its response times, and checked against latency and error limits. */
    LOAD_TEST
}
