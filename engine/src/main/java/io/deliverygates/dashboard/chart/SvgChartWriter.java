package io.deliverygates.dashboard.chart;

import io.deliverygates.dashboard.MarkupWriter;
import java.util.List;

/**
 * Draws a {@link Chart} as inline SVG, as lines or as bars, with axes, tick labels, x labels, a legend and the
 * objective line. Colours are SVG presentation attributes, not {@code style}, so the chart needs neither
 * JavaScript nor inline CSS and renders under a strict Content-Security-Policy.
 */
public final class SvgChartWriter {
    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 44;
    private static final int MAX_X_LABELS = 8;
    private static final String[] COLOURS = {"#1f6feb", "#d97706", "#059669", "#9333ea"};
    private static final String OBJECTIVE_COLOUR = "#dc2626";
    private static final String AXIS_COLOUR = "#6b7280";
    private static final String FONT = "system-ui, sans-serif";

    /** The two ways of drawing a series. */
    public enum Kind { LINE, BAR }

    private SvgChartWriter() {
    }

    public static void write(MarkupWriter out, Chart chart, Kind kind) {
        Scale scale = Scale.forMax(chart.maxValue());
        List<String> labels = chart.labels();
        String titleId = chart.id() + "-title";
        out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "id", chart.id(),
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", Integer.toString(WIDTH),
                "height", Integer.toString(HEIGHT), "role", "img", "aria-labelledby", titleId,
                "font-family", FONT, "font-size", "12");
        out.element("title", chart.title() + " (" + chart.unit() + ")", "id", titleId);
        out.element("text", chart.title(), "x", num(LEFT), "y", "18", "font-size", "15", "font-weight", "600",
                "fill", "#111827", "class", "chart-title");
        yAxis(out, chart, scale);
        xAxis(out, labels);
        if (labels.isEmpty()) {
            out.element("text", "no data in this window", "x", num(WIDTH / 2.0), "y", num(HEIGHT / 2.0),
                    "text-anchor", "middle", "fill", AXIS_COLOUR, "class", "no-data");
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            if (kind == Kind.BAR) {
                bars(out, series, s, chart.series().size(), scale, labels.size());
            } else {
                line(out, series, s, scale, labels.size());
            }
        }
        objective(out, chart, scale);
        legend(out, chart);
        out.close();
    }

    private static void yAxis(MarkupWriter out, Chart chart, Scale scale) {
        out.open("g", "class", "y-axis", "fill", AXIS_COLOUR);
        for (int i = 0; i <= scale.ticks(); i++) {
            double y = y(scale.tick(i), scale);
            out.empty("line", "x1", num(LEFT), "x2", num(WIDTH - RIGHT), "y1", num(y), "y2", num(y),
                    "stroke", i == 0 ? AXIS_COLOUR : "#e5e7eb", "stroke-width", "1");
            out.element("text", scale.label(scale.tick(i)), "x", num(LEFT - 6), "y", num(y + 4),
                    "text-anchor", "end");
        }
        out.element("text", chart.unit(), "x", "12", "y", num(TOP + plotHeight() / 2.0), "text-anchor", "middle",
                "transform", "rotate(-90 12 " + num(TOP + plotHeight() / 2.0) + ")", "class", "unit");
        out.close();
    }

    private static void xAxis(MarkupWriter out, List<String> labels) {
        out.open("g", "class", "x-axis", "fill", AXIS_COLOUR);
        int every = Math.max(1, (int) Math.ceil(labels.size() / (double) MAX_X_LABELS));
        for (int i = 0; i < labels.size(); i += every) {
            out.element("text", labels.get(i), "x", num(x(i, labels.size())), "y", num(HEIGHT - BOTTOM + 18),
                    "text-anchor", "middle");
        }
        out.close();
    }

    private static void line(MarkupWriter out, Series series, int index, Scale scale, int count) {
        String colour = colour(index);
        StringBuilder path = new StringBuilder(series.points().size() * 16);
        boolean penDown = false;
        out.open("g", "class", "series series-" + index, "fill", colour);
        for (int i = 0; i < series.points().size(); i++) {
            double value = series.points().get(i).value();
            if (Double.isNaN(value)) {
                penDown = false;
                continue;
            }
            double x = x(i, count);
            double y = y(value, scale);
            path.append(penDown ? " L" : (path.length() == 0 ? "M" : " M")).append(num(x)).append(' ').append(num(y));
            penDown = true;
            out.empty("circle", "cx", num(x), "cy", num(y), "r", "2.5");
        }
        if (path.length() > 0) {
            out.empty("path", "d", path.toString(), "fill", "none", "stroke", colour, "stroke-width", "2",
                    "stroke-linejoin", "round");
        }
        out.close();
    }

    private static void bars(MarkupWriter out, Series series, int index, int seriesCount, Scale scale, int count) {
        double slot = plotWidth() / (double) Math.max(count, 1);
        double width = Math.max(1, slot * 0.8 / seriesCount);
        out.open("g", "class", "series series-" + index, "fill", colour(index));
        for (int i = 0; i < series.points().size(); i++) {
            double value = series.points().get(i).value();
            if (Double.isNaN(value) || value <= 0) {
                continue;
            }
            double top = y(value, scale);
            double left = LEFT + slot * i + slot * 0.1 + width * index;
            out.empty("rect", "x", num(left), "y", num(top), "width", num(width),
                    "height", num(TOP + plotHeight() - top));
        }
        out.close();
    }

    private static void objective(MarkupWriter out, Chart chart, Scale scale) {
        if (Double.isNaN(chart.objective())) {
            return;
        }
        double y = y(chart.objective(), scale);
        out.open("g", "class", "objective", "fill", OBJECTIVE_COLOUR);
        out.empty("line", "x1", num(LEFT), "x2", num(WIDTH - RIGHT), "y1", num(y), "y2", num(y),
                "stroke", OBJECTIVE_COLOUR, "stroke-width", "1.5", "stroke-dasharray", "6 4");
        out.element("text", "objective " + scale.label(chart.objective()), "x", num(WIDTH - RIGHT), "y", num(y - 4),
                "text-anchor", "end");
        out.close();
    }

    private static void legend(MarkupWriter out, Chart chart) {
        if (chart.series().size() < 2) {
            return;
        }
        out.open("g", "class", "legend");
        double x = WIDTH - RIGHT;
        for (int s = chart.series().size() - 1; s >= 0; s--) {
            String name = chart.series().get(s).name();
            out.element("text", name, "x", num(x), "y", "18", "text-anchor", "end", "fill", "#374151");
            x -= name.length() * 7 + 6;
            out.empty("rect", "x", num(x - 10), "y", "9", "width", "10", "height", "10", "fill", colour(s));
            x -= 26;
        }
        out.close();
    }

    private static double x(int i, int count) {
        double slot = plotWidth() / (double) Math.max(count, 1);
        return LEFT + slot * i + slot / 2;
    }

    private static double y(double value, Scale scale) {
        return TOP + plotHeight() * (1 - value / scale.top());
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /** A coordinate with one decimal at most: short markup, exact enough for a 640-pixel chart. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : (tenths < 0 && tenths > -10 ? "-" : "") + tenths / 10 + "." + Math.abs(tenths % 10);
    }
}
