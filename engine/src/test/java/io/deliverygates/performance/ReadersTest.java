package io.deliverygates.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reader on real output of its tool: the samples are the raw samples the tool wrote, not its summary. */
class ReadersTest {

    @Test
    void jmhRawDataGivesOneGroupPerForkAndTheToolsScoreIsTheirMean() throws Exception {
        List<Benchmark> benchmarks = RealResults.read(ResultFormat.JMH, "jmh-run1.json");

        assertThat(benchmarks).hasSize(1);
        Benchmark mix = benchmarks.get(0);
        assertThat(mix.name()).isEqualTo("io.deliverygates.bench.perf.GateWorkloadBenchmark.mix");
        assertThat(mix.unit()).isEqualTo("us/op");
        assertThat(mix.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(mix.groups()).hasDimensions(4, 3);
        JsonNode metric = Json.mapper().readTree(Files.readString(RealResults.file("jmh-run1.json")))
                .get(0).get("primaryMetric");
        double mean = Arrays.stream(mix.pooled()).average().orElseThrow();
        assertThat(mean).isCloseTo(metric.get("score").asDouble(), offset(1e-9));
    }

    @Test
    void jmhThroughputIsHigherIsBetter() {
        Benchmark thrpt = RealResults.read(ResultFormat.JMH, "jmh-throughput.json").get(0);

        assertThat(thrpt.unit()).isEqualTo("ops/ms");
        assertThat(thrpt.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(thrpt.groups()).hasNumberOfRows(2);
    }

    @Test
    void jmhSampleModeExpandsTheHistogramToEverySample() throws Exception {
        Benchmark sample = RealResults.read(ResultFormat.JMH, "jmh-sample-mode.json").get(0);

        JsonNode metric = Json.mapper().readTree(Files.readString(RealResults.file("jmh-sample-mode.json")))
                .get(0).get("primaryMetric");
        long count = 0;
        for (JsonNode fork : metric.get("rawDataHistogram")) {
            for (JsonNode iteration : fork) {
                for (JsonNode pair : iteration) {
                    count += pair.get(1).asLong();
                }
            }
        }
        assertThat(sample.sampleCount()).isEqualTo(count).isGreaterThan(100);
        assertThat(sample.groups()).hasNumberOfRows(2);
        // JMH's own score in sample mode is the mean of all samples
        double mean = Arrays.stream(sample.pooled()).average().orElseThrow();
        assertThat(mean).isCloseTo(metric.get("score").asDouble(), offset(metric.get("score").asDouble() * 1e-9));
    }

    @Test
    void pytestBenchmarkDataAreTheRoundsAndTheirMedianIsTheToolsMedian() throws Exception {
        List<Benchmark> benchmarks = RealResults.read(ResultFormat.PYTEST, "pytest-benchmark-run1-1.json");

        assertThat(benchmarks).extracting(Benchmark::name).containsExactly(
                "test_pricing_bench.py::test_total_price", "test_pricing_bench.py::test_sorted_names");
        JsonNode stats = Json.mapper().readTree(Files.readString(RealResults.file("pytest-benchmark-run1-1.json")))
                .get("benchmarks").get(0).get("stats");
        Benchmark total = benchmarks.get(0);
        assertThat(total.unit()).isEqualTo("s");
        assertThat(total.sampleCount()).isEqualTo(stats.get("rounds").asInt());
        assertThat(total.comparedValue()).isCloseTo(stats.get("median").asDouble(), offset(1e-15));
    }

    @Test
    void pytestBenchmarkWithoutDataKeepsOnlyTheReportedMedian() {
        Benchmark total = RealResults.read(ResultFormat.PYTEST, "pytest-benchmark-no-data.json").get(0);

        assertThat(total.sampleCount()).isZero();
        assertThat(total.reported()).isPositive();
    }

    @Test
    void googleBenchmarkRepetitionsAreTheSamplesAndTheirMedianIsTheMedianAggregate() throws Exception {
        List<Benchmark> benchmarks = RealResults.read(ResultFormat.GOOGLE_BENCHMARK, "google-benchmark-run1.json");

        assertThat(benchmarks).extracting(Benchmark::name).containsExactly("BM_Checksum/1024", "BM_Checksum/16384");
        Benchmark small = benchmarks.get(0);
        assertThat(small.unit()).isEqualTo("ns");
        assertThat(small.sampleCount()).isEqualTo(10);
        // Google Benchmark's own median aggregate of the same repetitions
        assertThat(small.comparedValue()).isCloseTo(small.reported(), offset(small.reported() * 1e-9));
    }

    @Test
    void googleBenchmarkAggregatesOnlyHasNoSamplesButTheMedian() {
        Benchmark small = RealResults.read(ResultFormat.GOOGLE_BENCHMARK, "google-benchmark-aggregates-only.json")
                .get(0);

        assertThat(small.sampleCount()).isZero();
        assertThat(small.reported()).isPositive();
    }
}
