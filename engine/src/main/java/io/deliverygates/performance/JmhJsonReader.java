package io.deliverygates.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * JMH's JSON results ({@code -rf json}). The samples are {@code primaryMetric.rawData}: one array per fork of the
 * iteration scores, so each fork is a group. Sample-time mode ({@code -bm sample}) keeps
 * {@code rawDataHistogram} instead (per fork, per iteration, [value, count] pairs), which is expanded. A benchmark's
 * name is its method and, when it has any, its {@code @Param} values: {@code com.acme.Bench.parse(size=100)}.
 */
public final class JmhJsonReader implements ResultReader {
    static final String FORMAT = "JMH";
    /** A sample-mode histogram is expanded up to this many samples per fork; more are refused, not truncated. */
    static final long MAX_SAMPLES_PER_FORK = 1_000_000;

    @Override
    public List<Benchmark> read(InputStream in, String source) {
        JsonNode root = JsonResults.parse(in, source, FORMAT);
        if (!root.isArray()) {
            throw JsonResults.wrongFormat(source, FORMAT, "the top level is not an array of benchmark results");
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        for (JsonNode result : root) {
            if (!result.path("benchmark").isTextual() || !result.path("primaryMetric").isObject()) {
                throw JsonResults.wrongFormat(source, FORMAT, "an entry has no 'benchmark' or 'primaryMetric'");
            }
            String name = name(result);
            JsonNode metric = result.get("primaryMetric");
            String unit = metric.path("scoreUnit").asText("");
            String mode = result.path("mode").asText("");
            Direction direction = "thrpt".equals(mode) || unit.endsWith("/s") || unit.endsWith("/ms")
                    || unit.endsWith("/us") || unit.endsWith("/ns") || unit.endsWith("/min")
                    ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            benchmarks.add(new Benchmark(name, FORMAT, Kind.MICROBENCHMARK, unit, direction,
                    groups(metric, source, name), null, null));
        }
        if (benchmarks.isEmpty()) {
            throw JsonResults.empty(source, FORMAT);
        }
        return benchmarks;
    }

    private static String name(JsonNode result) {
        String name = result.get("benchmark").asText();
        JsonNode params = result.path("params");
        if (!params.isObject() || params.isEmpty()) {
            return name;
        }
        StringJoiner joined = new StringJoiner(",", name + "(", ")");
        Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            joined.add(field.getKey() + "=" + field.getValue().asText());
        }
        return joined.toString();
    }

    private static double[][] groups(JsonNode metric, String source, String name) {
        JsonNode raw = metric.get("rawData");
        if (raw != null && raw.isArray()) {
            double[][] groups = new double[raw.size()][];
            for (int fork = 0; fork < groups.length; fork++) {
                groups[fork] = JsonResults.numbers(raw.get(fork), source, name, "rawData[" + fork + "]");
            }
            return groups;
        }
        JsonNode histogram = metric.get("rawDataHistogram");
        if (histogram != null && histogram.isArray()) {
            double[][] groups = new double[histogram.size()][];
            for (int fork = 0; fork < groups.length; fork++) {
                groups[fork] = expand(histogram.get(fork), source, name, fork);
            }
            return groups;
        }
        throw new InputException(Problem.MALFORMED, source, "benchmark '" + name
                + "': no raw samples (primaryMetric.rawData or rawDataHistogram); was the file written by 'jmh -rf json'?");
    }

    private static double[] expand(JsonNode forkHistogram, String source, String name, int fork) {
        String field = "rawDataHistogram[" + fork + "]";
        List<double[]> pairs = new ArrayList<>();
        long total = 0;
        for (JsonNode iteration : forkHistogram) {
            for (JsonNode pair : iteration) {
                double value = JsonResults.number(pair.get(0), source, name, field);
                double count = JsonResults.number(pair.get(1), source, name, field);
                total += (long) count;
                if (total > MAX_SAMPLES_PER_FORK) {
                    throw new InputException(Problem.UNREADABLE, source, "benchmark '" + name + "': more than "
                            + MAX_SAMPLES_PER_FORK + " samples in fork " + fork + "; run with fewer or shorter iterations");
                }
                pairs.add(new double[] {value, count});
            }
        }
        double[] samples = new double[(int) total];
        int at = 0;
        for (double[] pair : pairs) {
            for (long i = 0; i < (long) pair[1]; i++) {
                samples[at++] = pair[0];
            }
        }
        return samples;
    }
}
