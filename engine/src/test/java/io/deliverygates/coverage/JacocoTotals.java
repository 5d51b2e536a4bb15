package io.deliverygates.coverage;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The totals JaCoCo itself reports, read from its CSV report and from the project counters of its XML report. */
final class JacocoTotals {
    private static final Pattern COUNTER = Pattern.compile(
            "<counter type=\"(\\w+)\" missed=\"(\\d+)\" covered=\"(\\d+)\"/>");

    private JacocoTotals() {
    }

    /** Sums JaCoCo's CSV rows (one per class); CLASS is derived as JaCoCo does: covered when a method is. */
    static Counters fromCsv(Path csv) throws IOException {
        Counters.Builder sum = Counters.builder();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                for (Metric metric : new Metric[] {Metric.INSTRUCTION, Metric.BRANCH, Metric.LINE, Metric.COMPLEXITY,
                        Metric.METHOD}) {
                    sum.add(metric, Long.parseLong(row.get(metric.name() + "_COVERED")),
                            Long.parseLong(row.get(metric.name() + "_MISSED")));
                }
                boolean covered = Long.parseLong(row.get("METHOD_COVERED")) > 0;
                sum.add(Metric.CLASS, covered ? 1 : 0, covered ? 0 : 1);
            }
        }
        return sum.build();
    }

    /** The counters JaCoCo wrote for the whole report: the ones after the last package. */
    static Counters fromXmlReportElement(Path xml) throws IOException {
        String text = Files.readString(xml);
        String tail = text.substring(text.lastIndexOf("</package>"));
        Counters.Builder sum = Counters.builder();
        Matcher m = COUNTER.matcher(tail);
        while (m.find()) {
            sum.add(Metric.valueOf(m.group(1)), Long.parseLong(m.group(3)), Long.parseLong(m.group(2)));
        }
        return sum.build();
    }
}
