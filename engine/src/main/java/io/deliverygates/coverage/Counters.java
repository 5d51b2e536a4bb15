package io.deliverygates.coverage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The counters of one element (project, package, class, file) for every metric it has. A metric with no items
 * (total 0) is absent, as in JaCoCo's XML report. Immutable; JSON is a map {@code {"LINE":{"covered":..}}}.
 */
public final class Counters implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Metric[] METRICS = Metric.values();
    public static final Counters NONE = new Counters(new long[METRICS.length], new long[METRICS.length]);

    private final long[] covered;
    private final long[] missed;

    private Counters(long[] covered, long[] missed) {
        this.covered = covered;
        this.missed = missed;
    }

    @JsonCreator
    public static Counters of(Map<Metric, Counter> counters) {
        Builder builder = builder();
        counters.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The counter of a metric, empty when the element has no items of it. */
    public Optional<Counter> get(Metric metric) {
        int i = metric.ordinal();
        return covered[i] + missed[i] == 0 ? Optional.empty() : Optional.of(new Counter(covered[i], missed[i]));
    }

    /** The counter of a metric, {@link Counter#EMPTY} when absent. */
    public Counter getOrEmpty(Metric metric) {
        return get(metric).orElse(Counter.EMPTY);
    }

    public boolean has(Metric metric) {
        return get(metric).isPresent();
    }

    public Set<Metric> metrics() {
        Set<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (Metric metric : METRICS) {
            if (has(metric)) {
                metrics.add(metric);
            }
        }
        return metrics;
    }

    public Counters plus(Counters other) {
        return combine(other, false);
    }

    /** Per metric the better covered copy: see {@link Counter#better(Counter)}. */
    public Counters better(Counters other) {
        return combine(other, true);
    }

    private Counters combine(Counters other, boolean better) {
        Builder builder = builder();
        for (Metric metric : METRICS) {
            Counter mine = getOrEmpty(metric);
            Counter theirs = other.getOrEmpty(metric);
            builder.add(metric, better ? mine.better(theirs) : mine.plus(theirs));
        }
        return builder.build();
    }

    @JsonValue
    public Map<Metric, Counter> asMap() {
        Map<Metric, Counter> map = new EnumMap<>(Metric.class);
        for (Metric metric : METRICS) {
            get(metric).ifPresent(counter -> map.put(metric, counter));
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counters other && Arrays.equals(covered, other.covered) && Arrays.equals(missed, other.missed);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(covered) + Arrays.hashCode(missed);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Adds up counters; readers use one per element while streaming. Not thread-safe. */
    public static final class Builder {
        private final long[] covered = new long[METRICS.length];
        private final long[] missed = new long[METRICS.length];

        public Builder add(Metric metric, long coveredItems, long missedItems) {
            covered[metric.ordinal()] += coveredItems;
            missed[metric.ordinal()] += missedItems;
            return this;
        }

        public Builder add(Metric metric, Counter counter) {
            return add(metric, counter.covered(), counter.missed());
        }

        public Builder add(Counters counters) {
            for (int i = 0; i < METRICS.length; i++) {
                covered[i] += counters.covered[i];
                missed[i] += counters.missed[i];
            }
            return this;
        }

        public Counters build() {
            return new Counters(covered.clone(), missed.clone());
        }
    }
}
