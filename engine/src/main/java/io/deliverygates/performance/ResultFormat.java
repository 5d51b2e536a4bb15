package io.deliverygates.performance;

import java.util.function.Supplier;

/** The result formats the gate reads, with the parameter that names their files (CLI option or step field). */
public enum ResultFormat {
    JMH("jmh", JmhJsonReader::new),
    PYTEST("pytest", PytestBenchmarkReader::new),
    GOOGLE_BENCHMARK("googleBenchmark", GoogleBenchmarkReader::new),
    JMETER("jmeter", JmeterJtlReader::new),
    K6("k6", K6SummaryReader::new);

    private final String parameter;
    private final Supplier<ResultReader> reader;

    ResultFormat(String parameter, Supplier<ResultReader> reader) {
        this.parameter = parameter;
        this.reader = reader;
    }

    /** The engine's (and the Pipeline step's) parameter name for files of this format. */
    public String parameter() {
        return parameter;
    }

    public ResultReader reader() {
        return reader.get();
    }
}
