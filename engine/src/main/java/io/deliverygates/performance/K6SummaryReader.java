package io.deliverygates.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * k6's end-of-test summary as JSON: {@code k6 run --summary-export=summary.json} (metrics with their values at the
 * top level) or a {@code handleSummary} JSON (values under {@code values}). Each {@code http_req_duration} metric
 * (the whole test, and each tagged sub-metric such as {@code http_req_duration{name:login}}) is a load test. k6
 * keeps no raw samples, so only its percentiles are known: p95 is compared by threshold alone. p99 is there only
 * when the run asked for it ({@code --summary-trend-stats=avg,med,p(95),p(99)}).
 */
public final class K6SummaryReader implements ResultReader {
    static final String FORMAT = "k6 summary";
    private static final String DURATION = "http_req_duration";

    @Override
    public List<Benchmark> read(InputStream in, String source) {
        JsonNode root = JsonResults.parse(in, source, FORMAT);
        JsonNode metrics = root.path("metrics");
        if (!metrics.isObject() || !metrics.has(DURATION)) {
            throw JsonResults.wrongFormat(source, FORMAT, "no 'metrics' with 'http_req_duration'");
        }
        JsonNode failed = values(metrics.path("http_req_failed"));
        JsonNode requests = values(metrics.path("http_reqs"));
        long total = requests.path("count").asLong(-1);
        // In a Rate metric "passes" counts true values: for http_req_failed, the failed requests.
        long errors = failed.has("passes") ? failed.get("passes").asLong()
                : Math.round(failed.path("rate").asDouble(failed.path("value").asDouble(0)) * Math.max(total, 0));
        if (total < 0 && failed.has("passes") && failed.has("fails")) {
            total = failed.get("passes").asLong() + failed.get("fails").asLong();
        }
        if (total < 0) {
            throw new InputException(Problem.MALFORMED, source, "no request count (metrics.http_reqs.count)");
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = metrics.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> metric = fields.next();
            if (!metric.getKey().equals(DURATION) && !metric.getKey().startsWith(DURATION + "{")) {
                continue;
            }
            JsonNode values = values(metric.getValue());
            double p95 = JsonResults.number(values.get("p(95)"), source, metric.getKey(), "p(95)");
            Double p99 = values.has("p(99)") ? JsonResults.number(values.get("p(99)"), source, metric.getKey(), "p(99)")
                    : null;
            // Request and error counts are the whole test's; k6 does not split them by sub-metric.
            LoadFigures load = new LoadFigures(total, errors, p95, p99);
            benchmarks.add(new Benchmark(metric.getKey(), FORMAT, Kind.LOAD_TEST, "ms", Direction.LOWER_IS_BETTER,
                    new double[0][], p95, load));
        }
        return benchmarks;
    }

    private static JsonNode values(JsonNode metric) {
        return metric.has("values") && metric.get("values").isObject() ? metric.get("values") : metric;
    }
}
