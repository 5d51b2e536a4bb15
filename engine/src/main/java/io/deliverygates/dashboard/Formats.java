package io.deliverygates.dashboard;

import io.deliverygates.metrics.Level;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.Objective;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the dashboard writes values for people: units that fit the size, dates in UTC, names of metrics. */
public final class Formats {
    /** Shown where there is no value (no deployments, no incidents). */
    public static final String NONE = "–";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** The name of a metric as a heading. */
    public static String title(Metric metric) {
        return switch (metric) {
            case DEPLOYMENT_FREQUENCY -> "Deployment frequency";
            case LEAD_TIME -> "Lead time for changes";
            case CHANGE_FAILURE_RATE -> "Change failure rate";
            case TIME_TO_RESTORE -> "Time to restore";
            case REWORK_RATE -> "Deployment rework rate";
        };
    }

    /** A headline value in its metric's unit, written for people. */
    public static String value(Metric metric, Double value) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        return switch (metric) {
            case DEPLOYMENT_FREQUENCY -> frequency(value);
            case LEAD_TIME, TIME_TO_RESTORE -> seconds(value);
            case CHANGE_FAILURE_RATE, REWORK_RATE -> percent(value);
        };
    }

    /** The objective as a condition, e.g. "≥ 10 a day" or "< 1 h". */
    public static String objective(Objective objective) {
        String comparison = objective.comparison() == Objective.Comparison.AT_LEAST ? "≥ " : "< ";
        return comparison + value(objective.metric(), objective.target());
    }

    /** Deployments per day; below one a day, per week. */
    public static String frequency(double perDay) {
        return perDay >= 1 || perDay == 0 ? decimal(perDay) + " a day" : decimal(perDay * 7) + " a week";
    }

    /** A ratio 0..1 as a percentage with one decimal. */
    public static String percent(double ratio) {
        return decimal(ratio * 100) + " %";
    }

    /** A number of seconds in the unit that suits it: s, min, h or days. */
    public static String seconds(double seconds) {
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 3600) {
            return Math.round(seconds / 60) + " min";
        }
        if (seconds < 48 * 3600) {
            return decimal(seconds / 3600) + " h";
        }
        return decimal(seconds / 86_400) + " days";
    }

    public static String duration(Duration duration) {
        return duration == null ? NONE : seconds(duration.toMillis() / 1000.0);
    }

    /** A number with at most one decimal ("3", "3.2"). */
    public static String decimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    public static String level(Level level) {
        return level == null ? "no level" : level.name().toLowerCase(Locale.ROOT);
    }

    /** A short day label for chart axes, e.g. "Jun 2". */
    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? NONE : DATE.format(instant);
    }

    /** Date and minute in UTC, e.g. "2026-06-02 14:05". */
    public static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }
}
