package io.deliverygates.coverage.gate;

import io.deliverygates.coverage.Counter;
import java.math.BigDecimal;
import java.util.Locale;

/** What is measured of a metric's counter, and which direction is better. */
public enum Quantity {
    /** Covered / total in percent; higher is better, so conditions use {@code >=}. */
    PERCENT(">=", ""),
    /** The number of missed items; lower is better, so conditions use {@code <=}. */
    MISSED("<=", ".missed");

    private final String operator;
    private final String suffix;

    Quantity(String operator, String suffix) {
        this.operator = operator;
        this.suffix = suffix;
    }

    /** The only operator that makes sense for this direction. */
    public String operator() {
        return operator;
    }

    /** The suffix after the metric in the condition syntax: {@code line.missed}. */
    public String suffix() {
        return suffix;
    }

    public boolean higherIsBetter() {
        return this == PERCENT;
    }

    public double valueOf(Counter counter) {
        return this == PERCENT ? counter.percent() : counter.missed();
    }

    /**
     * A value for people: a percentage rounded <em>down</em> to two decimals (so 79.999 % never shows as 80.00 %),
     * a count as a plain number.
     */
    public String format(double value) {
        if (this == PERCENT) {
            return String.format(Locale.ROOT, "%.2f%%", Math.floor(value * 100 + 1e-7) / 100);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whether a value (or delta) meets a threshold in this direction; 1e-9 absorbs floating-point noise. */
    public boolean meets(double value, double threshold) {
        return higherIsBetter() ? value >= threshold - 1e-9 : value <= threshold + 1e-9;
    }
}
