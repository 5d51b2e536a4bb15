package io.deliverygates.coverage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.Serializable;

/** Covered and missed items of one metric, like JaCoCo's {@code ICounter}. */
public record Counter(long covered, long missed) implements Serializable {
    public static final Counter EMPTY = new Counter(0, 0);

    public Counter {
        if (covered < 0 || missed < 0) {
            throw new IllegalArgumentException("negative counter: covered=" + covered + ", missed=" + missed);
        }
    }

    @JsonIgnore
    public long total() {
        return covered + missed;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return total() == 0;
    }

    /** Covered / total in [0, 1]; NaN for an empty counter (there is nothing to cover). */
    @JsonIgnore
    public double ratio() {
        return isEmpty() ? Double.NaN : (double) covered / total();
    }

    /** Coverage in percent [0, 100]; NaN for an empty counter. */
    @JsonIgnore
    public double percent() {
        return isEmpty() ? Double.NaN : covered * 100.0 / total(); // not ratio()*100: 11/20 must be exactly 55
    }

    public Counter plus(Counter other) {
        return new Counter(covered + other.covered, missed + other.missed);
    }

    /** The better covered of two copies of the same element (used when merging split test runs). */
    public Counter better(Counter other) {
        if (other.covered != covered) {
            return other.covered > covered ? other : this;
        }
        return other.missed < missed ? other : this;
    }

    @Override
    public String toString() {
        return covered + "/" + total();
    }
}
