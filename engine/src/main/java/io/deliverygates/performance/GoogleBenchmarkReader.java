package io.deliverygates.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Google Benchmark's JSON ({@code --benchmark_format=json} or {@code --benchmark_out=FILE}). The samples are the
 * {@code real_time} of each repetition ({@code run_type: iteration}, one per {@code --benchmark_repetitions}),
 * grouped by {@code run_name}; all repetitions run in one process, so they are one group. With
 * {@code --benchmark_report_aggregates_only} only the aggregates are there and the {@code median} aggregate is the
 * reported figure.
 */
public final class GoogleBenchmarkReader implements ResultReader {
    static final String FORMAT = "Google Benchmark";

    @Override
    public List<Benchmark> read(InputStream in, String source) {
        JsonNode root = JsonResults.parse(in, source, FORMAT);
        if (!root.isObject() || !root.path("benchmarks").isArray() || !root.path("context").isObject()) {
            throw JsonResults.wrongFormat(source, FORMAT, "no top-level 'context' and 'benchmarks'");
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode entry : root.get("benchmarks")) {
            String name = entry.path("run_name").asText(entry.path("name").asText(""));
            if (name.isEmpty()) {
                throw JsonResults.wrongFormat(source, FORMAT, "a benchmark has no 'name'");
            }
            if (entry.path("error_occurred").asBoolean(false)) {
                throw new InputException(Problem.MALFORMED, source, "benchmark '" + name + "' reported an error: "
                        + entry.path("error_message").asText("(no message)"));
            }
            String unit = entry.path("time_unit").asText("ns");
            String previous = units.putIfAbsent(name, unit);
            if (previous != null && !previous.equals(unit)) {
                throw new InputException(Problem.MALFORMED, source, "benchmark '" + name
                        + "' has repetitions in different time units (" + previous + ", " + unit + ")");
            }
            String runType = entry.path("run_type").asText("iteration");
            if ("iteration".equals(runType)) {
                samples.computeIfAbsent(name, key -> new ArrayList<>())
                        .add(JsonResults.number(entry.get("real_time"), source, name, "real_time"));
            } else if ("median".equals(entry.path("aggregate_name").asText())) {
                medians.put(name, JsonResults.number(entry.get("real_time"), source, name, "real_time"));
            }
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        for (Map.Entry<String, String> unit : units.entrySet()) {
            List<Double> values = samples.getOrDefault(unit.getKey(), List.of());
            double[][] groups = values.isEmpty() ? new double[0][]
                    : new double[][] {values.stream().mapToDouble(Double::doubleValue).toArray()};
            Double reported = medians.containsKey(unit.getKey()) ? medians.get(unit.getKey())
                    : values.size() == 1 ? values.get(0) : null;
            benchmarks.add(new Benchmark(unit.getKey(), FORMAT, Kind.MICROBENCHMARK, unit.getValue(),
                    Direction.LOWER_IS_BETTER, groups, reported, null));
        }
        if (benchmarks.isEmpty()) {
            throw JsonResults.empty(source, FORMAT);
        }
        return benchmarks;
    }
}
