package io.deliverygates.dashboard.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a trend chart shows: a title, the unit of the y axis, the series (same x labels each) and an optional
 * objective drawn as a dashed line (NaN for none).
 *
 * @param id        a unique id within the page (used for the accessible title)
 * @param title     the heading of the chart
 * @param unit      the unit of the values, shown on the y axis
 * @param series    the data; the first series' labels are the x axis labels
 * @param objective the value of the objective line, or NaN
 */
public record Chart(String id, String title, String unit, List<Series> series, double objective) {
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        series = List.copyOf(series);
    }

    /** The x axis labels (those of the first series). */
    public List<String> labels() {
        return series.isEmpty() ? List.of() : series.get(0).points().stream().map(Point::label).toList();
    }

    /** The largest value of any series and of the objective, 0 when there is none. */
    public double maxValue() {
        double max = Double.isNaN(objective) ? 0 : objective;
        for (Series s : series) {
            for (Point p : s.points()) {
                if (!Double.isNaN(p.value()) && p.value() > max) {
                    max = p.value();
                }
            }
        }
        return max;
    }
}
