package io.deliverygates.performance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * pytest-benchmark's JSON ({@code --benchmark-json=FILE}). The samples are {@code stats.data}, the time of each
 * round per iteration in seconds, which pytest-benchmark writes only with {@code --benchmark-save-data}; without
 * them only the reported median is known and the gate can compare it by threshold alone (and says so).
 */
public final class PytestBenchmarkReader implements ResultReader {
    static final String FORMAT = "pytest-benchmark";

    @Override
    public List<Benchmark> read(InputStream in, String source) {
        JsonNode root = JsonResults.parse(in, source, FORMAT);
        if (!root.isObject() || !root.path("benchmarks").isArray()) {
            throw JsonResults.wrongFormat(source, FORMAT, "no top-level 'benchmarks' array");
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        for (JsonNode entry : root.get("benchmarks")) {
            JsonNode stats = entry.path("stats");
            String name = entry.path("fullname").asText(entry.path("name").asText(""));
            if (name.isEmpty() || !stats.isObject()) {
                throw JsonResults.wrongFormat(source, FORMAT, "a benchmark has no 'fullname' or 'stats'");
            }
            double median = JsonResults.number(stats.get("median"), source, name, "stats.median");
            double[][] groups = stats.has("data")
                    ? new double[][] {JsonResults.numbers(stats.get("data"), source, name, "stats.data")}
                    : new double[0][];
            benchmarks.add(new Benchmark(name, FORMAT, Kind.MICROBENCHMARK, "s", Direction.LOWER_IS_BETTER, groups,
                    median, null));
        }
        if (benchmarks.isEmpty()) {
            throw JsonResults.empty(source, FORMAT);
        }
        return benchmarks;
    }
}
