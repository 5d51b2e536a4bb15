package io.deliverygates.dashboard.chart;

import java.util.Objects;

/** One value of a series at a labelled position on the x axis (e.g. a week). NaN means "no value here". */
public record Point(String label, double value) {
    public Point {
        Objects.requireNonNull(label, "label");
    }
}
