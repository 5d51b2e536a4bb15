package io.deliverygates.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The performance-level bounds of one metric as people type them on the settings page: "elite, high, medium" in a
 * unit that suits the metric (deployments a day, hours, percent), converted to and from the engine's units. Used by the Jenkins settings page.
 */
public final class LevelBounds {
    private LevelBounds() {
    }

    /** The factor from the settings' unit to the engine's unit of the metric. */
    public static double factor(Metric metric) {
        return switch (metric) {
            case LEAD_TIME, TIME_TO_RESTORE -> 3600;
            case CHANGE_FAILURE_RATE, REWORK_RATE -> 0.01;
            case DEPLOYMENT_FREQUENCY -> 1;
        };
    }

    /** The DORA 2024 bounds of a metric, as text in the settings' unit. */
    public static String defaults(Metric metric) {
        return PerformanceLevels.dora2024().bands().stream().filter(b -> b.metric() == metric).findFirst()
                .map(LevelBounds::format).orElseThrow();
    }

    public static String format(LevelBands bands) {
        double factor = factor(bands.metric());
        return number(bands.elite() / factor) + ", " + number(bands.high() / factor) + ", "
                + number(bands.medium() / factor);
    }

    /** Parses "elite, high, medium" (three non-negative numbers) into the engine's bands. */
    public static LevelBands parse(Metric metric, String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*[,;]\\s*");
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected three numbers \"elite, high, medium\", got \"" + text + "\"");
        }
        double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: \"" + parts[i] + "\"", e);
            }
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("bounds must be finite and not negative: " + parts[i]);
            }
        }
        double factor = factor(metric);
        return new LevelBands(metric, values[0] * factor, values[1] * factor, values[2] * factor);
    }

    private static String number(double value) {
        return new BigDecimal(value, new MathContext(6)).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
