package io.deliverygates.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One benchmark's results from one run: its raw samples in groups, and for load tests their figures.
 *
 * @param name the benchmark's name, unique within a run (JMH: class.method and its parameters)
 * @param format the tool that wrote it, e.g. "JMH"
 * @param unit the samples' unit as the tool spells it, e.g. "us/op", "s", "ms"
 * @param groups raw samples grouped by the process that measured them (one group per JMH fork; one group for
 *     tools that run in one process); empty when the tool keeps no samples (k6)
 * @param reported the tool's own value of the compared figure (median, or 95th percentile of a load test), used
 *     when there are no samples; null when the tool reports none
 * @param load requests, errors and percentiles of a load test; null for microbenchmarks
 */
public record Benchmark(String name, String format, Kind kind, String unit, Direction direction, double[][] groups,
                        Double reported, LoadFigures load) implements Serializable {
    public Benchmark {
        Objects.requireNonNull(name, "name");
        // Empty groups carry nothing and would stall the bootstrap's resampling.
        groups = groups == null ? new double[0][] : Arrays.stream(groups).filter(group -> group != null && group.length > 0)
                .map(double[]::clone).toArray(double[][]::new);
    }

    /** How many samples all groups hold together. */
    @JsonIgnore
    public int sampleCount() {
        return Arrays.stream(groups).mapToInt(group -> group.length).sum();
    }

    /** All samples in one array, group after group. */
    @JsonIgnore
    public double[] pooled() {
        return Arrays.stream(groups).flatMapToDouble(Arrays::stream).toArray();
    }

    /** The compared figure: from the samples when there are any, else as the tool reported it (may be null). */
    @JsonIgnore
    public Double comparedValue() {
        return groups.length > 0 ? Quantiles.of(pooled(), comparedQuantile()) : reported;
    }

    /** The figure the gate compares: the median of a microbenchmark, the 95th percentile of a load test. */
    @JsonIgnore
    public double comparedQuantile() {
        return kind == Kind.LOAD_TEST ? 0.95 : 0.5;
    }

    @Override
    public double[][] groups() {
        return Arrays.stream(groups).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Benchmark that && name.equals(that.name) && Objects.equals(format, that.format)
                && kind == that.kind && Objects.equals(unit, that.unit) && direction == that.direction
                && Arrays.deepEquals(groups, that.groups) && Objects.equals(reported, that.reported)
                && Objects.equals(load, that.load);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, format, kind, unit, direction, Arrays.deepHashCode(groups), reported, load);
    }

    @Override
    public String toString() {
        return name + " (" + format + ", " + sampleCount() + " samples in " + groups.length + " groups, " + unit + ")";
    }
}
