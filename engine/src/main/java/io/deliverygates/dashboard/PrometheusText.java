package io.deliverygates.dashboard;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Writes the Prometheus text exposition format 0.0.4: one HELP and TYPE line per family, then its samples, with
 * label values and help text escaped as the format requires. Absent values (null) write no sample, as Prometheus
 * expects for "no data".
 */
final class PrometheusText {
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final Appendable out;

    PrometheusText(Appendable out) {
        this.out = out;
    }

    /** Starts a family: its HELP and TYPE lines. */
    void family(String name, String type, String help) throws IOException {
        check(METRIC_NAME, name);
        out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** One sample; {@code labels} are name/value pairs. Nothing is written when the value is null. */
    void sample(String name, Number value, String... labels) throws IOException {
        if (value == null) {
            return;
        }
        out.append(name);
        if (labels.length > 0) {
            out.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                check(LABEL_NAME, labels[i]);
                out.append(i == 0 ? "" : ",").append(labels[i]).append("=\"").append(escapeLabel(labels[i + 1]))
                        .append('"');
            }
            out.append('}');
        }
        out.append(' ').append(number(value.doubleValue())).append('\n');
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static void check(Pattern pattern, String name) {
        if (!pattern.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Prometheus name: " + name);
        }
    }
}
