package io.deliverygates.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deliverygates.common.Json;
import io.deliverygates.common.StoredSummary;
import io.deliverygates.coverage.ReportFiles;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build stores so that the next build compares with its results without its result files: every benchmark
 * with its raw samples, made compact. Values keep 6 significant digits (far below any benchmark's noise), and a
 * benchmark with more than {@link #MAX_STORED_SAMPLES} samples (a load test) keeps that many evenly spaced order
 * statistics of each group instead, which keep the distribution's shape; its bootstrap interval is then a little
 * wider (more conservative), never narrower.
 */
public record PerfSummary(int formatVersion, List<String> sources, List<Benchmark> benchmarks)
        implements Serializable {
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_STORED_SAMPLES = 2000;
    private static final MathContext SIGNIFICANT = new MathContext(6);

    public PerfSummary {
        sources = sources == null ? List.of() : List.copyOf(sources);
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
    }

    /** The compact summary of a run. */
    public static PerfSummary of(List<String> sources, List<Benchmark> benchmarks) {
        return new PerfSummary(FORMAT_VERSION, sources, benchmarks.stream().map(PerfSummary::compact).toList());
    }

    public Optional<Benchmark> benchmark(String name) {
        return benchmarks.stream().filter(benchmark -> benchmark.name().equals(name)).findFirst();
    }

    /** The benchmarks by name, in stored order. */
    public Map<String, Benchmark> byName() {
        Map<String, Benchmark> map = new LinkedHashMap<>();
        benchmarks.forEach(benchmark -> map.put(benchmark.name(), benchmark));
        return map;
    }

    static Benchmark compact(Benchmark benchmark) {
        double[][] groups = benchmark.groups();
        int total = benchmark.sampleCount();
        for (int g = 0; g < groups.length; g++) {
            double[] group = groups[g];
            if (total > MAX_STORED_SAMPLES) {
                int keep = Math.max(1, (int) ((long) group.length * MAX_STORED_SAMPLES / total));
                double[] sorted = group.clone();
                Arrays.sort(sorted);
                group = new double[keep];
                for (int i = 0; i < keep; i++) {
                    // the middle of the i-th of keep equal slices of the sorted group
                    group[i] = sorted[(int) ((i + 0.5) * sorted.length / keep)];
                }
            }
            groups[g] = Arrays.stream(group).map(PerfSummary::round).toArray();
        }
        return new Benchmark(benchmark.name(), benchmark.format(), benchmark.kind(), benchmark.unit(),
                benchmark.direction(), groups, benchmark.reported(), benchmark.load());
    }

    private static double round(double value) {
        return new BigDecimal(value).round(SIGNIFICANT).doubleValue();
    }

    public String toJson() {
        try {
            // compact on purpose: the summary is stored with every build
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary not serializable", e);
        }
    }

    /** Parses a summary; {@code source} names it in errors. */
    public static PerfSummary fromJson(String json, String source) {
        return StoredSummary.fromJson(json, source, PerfSummary.class, "performance summary",
                summary -> summary.formatVersion() == FORMAT_VERSION && !summary.benchmarks().isEmpty(),
                "of format version " + FORMAT_VERSION + " with benchmarks (written by 'perf --summary-out')");
    }

    public static PerfSummary read(Path file) {
        ReportFiles.check(file, ResultLoader.MAX_BYTES);
        return fromJson(StoredSummary.text(file, "the performance summary"), file.toString());
    }

    public void write(Path file) {
        StoredSummary.write(file, toJson(), "performance summary");
    }
}
