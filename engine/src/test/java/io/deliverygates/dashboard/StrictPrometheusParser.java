package io.deliverygates.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format 0.0.4 (as specified in Prometheus'
 * exposition_formats.md): it rejects what Prometheus would reject (bad names, bad escapes, bad values, a TYPE after
 * samples, a family split in two, a series given twice; a histogram without {@code le} on a bucket, without a
 * {@code +Inf} bucket equal to its {@code _count}, without {@code _sum}, or with buckets that decrease) so the
 * renderer's output is proven scrapeable.
 */
final class StrictPrometheusParser {
    private static final Pattern HELP = Pattern.compile("# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)");
    private static final Pattern TYPE = Pattern.compile(
            "# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");

    /** A sample: metric name, labels (unescaped) and value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    /** A family: its type, help (unescaped) and samples. */
    record Family(String name, String type, String help, List<Sample> samples) {
    }

    private static final Set<String> HISTOGRAM_SUFFIXES = Set.of("_bucket", "_sum", "_count");

    private StrictPrometheusParser() {
    }

    static Map<String, Family> parse(String text) {
        Map<String, Family> families = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        Set<String> series = new HashSet<>();
        String current = null;
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = HELP.matcher(line)).matches()) {
                check(helps.put(m.group(1), unescapeHelp(m.group(2), lineNumber)) == null, "second HELP", lineNumber);
            } else if ((m = TYPE.matcher(line)).matches()) {
                String name = m.group(1);
                check(!families.containsKey(name), "second TYPE or TYPE after samples for " + name, lineNumber);
                families.put(name, new Family(name, m.group(2), helps.get(name), new ArrayList<>()));
                current = name;
            } else if (line.startsWith("#")) {
                continue;
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                String name = m.group(1);
                check(name.equals(current) || current != null && families.get(current).type().equals("histogram")
                        && HISTOGRAM_SUFFIXES.contains(name.substring(Math.min(name.length(), current.length())))
                        && name.startsWith(current), "sample of " + name + " outside its family (after TYPE "
                        + current + ")", lineNumber);
                Map<String, String> labels = labels(m.group(3), lineNumber);
                check(series.add(name + labels), "duplicate series " + name + labels, lineNumber);
                families.get(current).samples().add(new Sample(name, labels, value(m.group(4), lineNumber)));
            } else {
                throw new IllegalArgumentException("line " + lineNumber + " is not valid: " + line);
            }
        }
        check(text.endsWith("\n"), "the last line must end with a line feed", lineNumber);
        families.values().stream().filter(family -> family.type().equals("histogram"))
                .forEach(StrictPrometheusParser::checkHistogram);
        return families;
    }

    /** Per series (labels but {@code le}): cumulative buckets ending in +Inf = _count, and a _sum. */
    private static void checkHistogram(Family family) {
        Map<Map<String, String>, TreeMap<Double, Double>> buckets = new LinkedHashMap<>();
        Map<Map<String, String>, Double> counts = new LinkedHashMap<>();
        Set<Map<String, String>> sums = new HashSet<>();
        for (Sample sample : family.samples()) {
            String suffix = sample.name().substring(family.name().length());
            Map<String, String> series = new TreeMap<>(sample.labels());
            if (suffix.equals("_bucket")) {
                String le = series.remove("le");
                check(le != null, family.name() + ": a bucket without le", 0);
                buckets.computeIfAbsent(series, key -> new TreeMap<>()).put(value(le, 0), sample.value());
            } else if (suffix.equals("_count")) {
                counts.put(series, sample.value());
            } else if (suffix.equals("_sum")) {
                sums.add(series);
            } else {
                check(false, family.name() + ": a histogram sample without suffix", 0);
            }
        }
        buckets.forEach((series, byBound) -> {
            double previous = 0;
            for (double count : byBound.values()) {
                check(count >= previous, family.name() + series + ": buckets must not decrease", 0);
                previous = count;
            }
            check(byBound.lastKey() == Double.POSITIVE_INFINITY, family.name() + series + ": no +Inf bucket", 0);
            check(Double.valueOf(previous).equals(counts.get(series)), family.name() + series
                    + ": the +Inf bucket must equal _count", 0);
            check(sums.contains(series), family.name() + series + ": no _sum", 0);
        });
    }

    private static Map<String, String> labels(String body, int line) {
        Map<String, String> labels = new TreeMap<>();
        if (body == null || body.isEmpty()) {
            return labels;
        }
        Matcher m = LABEL.matcher(body);
        int at = 0;
        while (at < body.length()) {
            check(m.find(at) && m.start() == at, "bad label at '" + body.substring(at) + "'", line);
            check(labels.put(m.group(1), unescape(m.group(2), "\\\"n", line)) == null,
                    "label twice: " + m.group(1), line);
            at = m.end();
            if (at < body.length()) {
                check(body.charAt(at) == ',', "labels are separated by commas", line);
                at++;
            }
        }
        return labels;
    }

    private static double value(String text, int line) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                check(text.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?"), "bad value " + text, line);
                return Double.parseDouble(text);
        }
    }

    private static String unescapeHelp(String help, int line) {
        return unescape(help, "\\n", line);
    }

    /** Resolves backslash escapes; only the characters in {@code escapable} may follow a backslash. */
    private static String unescape(String text, String escapable, int line) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            check(i + 1 < text.length() && escapable.indexOf(text.charAt(i + 1)) >= 0, "bad escape", line);
            char next = text.charAt(++i);
            out.append(next == 'n' ? '\n' : next);
        }
        return out.toString();
    }

    private static void check(boolean condition, String problem, int line) {
        if (!condition) {
            throw new IllegalArgumentException("line " + line + ": " + problem);
        }
    }
}
