package io.deliverygates.dashboard.chart;

import java.util.List;
import java.util.Objects;

/** A named line or row of bars; all series of one chart share the same x labels. */
public record Series(String name, List<Point> points) {
    public Series {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
