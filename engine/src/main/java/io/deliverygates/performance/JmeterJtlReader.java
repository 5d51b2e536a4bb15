package io.deliverygates.performance;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * JMeter's JTL results in CSV (the default {@code jmeter -n -t plan.jmx -l results.jtl}), with the header line
 * JMeter writes by default. Each label (sampler or transaction) is a load test; its samples are the
 * {@code elapsed} response times in milliseconds, its errors the rows whose {@code success} is not {@code true}.
 */
public final class JmeterJtlReader implements ResultReader {
    static final String FORMAT = "JMeter JTL";

    @Override
    public List<Benchmark> read(InputStream in, String source) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, List<Double>> elapsed = new LinkedHashMap<>();
        Map<String, Long> errors = new LinkedHashMap<>();
        try {
            reader.mark(1);
            int first = reader.read();
            if (first < 0) {
                throw new InputException(Problem.EMPTY, source, "no content (" + FORMAT + " CSV expected)");
            }
            if (first == '<') {
                throw JsonResults.wrongFormat(source, FORMAT + " CSV", "this is an XML JTL; write CSV results "
                        + "(jmeter.save.saveservice.output_format=csv, JMeter's default)");
            }
            reader.reset();
            CSVParser parser = parser(reader, source);
            List<String> header = parser.getHeaderNames();
            if (!header.contains("elapsed") || !header.contains("label") || !header.contains("success")) {
                throw JsonResults.wrongFormat(source, FORMAT + " CSV", "the header has no 'elapsed', 'label' and "
                        + "'success' columns (was it written with jmeter.save.saveservice.print_field_names=true?)");
            }
            for (CSVRecord row : parser) {
                record(row, source, elapsed, errors);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(Problem.MALFORMED, source, InputException.NO_LINE,
                    "not readable as " + FORMAT + " CSV: " + e.getMessage(), e);
        }
        if (elapsed.isEmpty()) {
            throw new InputException(Problem.EMPTY, source, "no sample rows (" + FORMAT + " CSV)");
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        elapsed.forEach((label, values) -> {
            double[] samples = values.stream().mapToDouble(Double::doubleValue).toArray();
            LoadFigures load = new LoadFigures(samples.length, errors.get(label), Quantiles.of(samples, 0.95),
                    Quantiles.of(samples, 0.99));
            benchmarks.add(new Benchmark(label, FORMAT, Kind.LOAD_TEST, "ms", Direction.LOWER_IS_BETTER,
                    new double[][] {samples}, load.p95(), load));
        });
        return benchmarks;
    }

    private static CSVParser parser(BufferedReader reader, String source) throws IOException {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a first line with empty or repeated names: data, not a header
            throw JsonResults.wrongFormat(source, FORMAT + " CSV", "the first line is not a header of column names "
                    + "(was it written with jmeter.save.saveservice.print_field_names=true?)");
        }
    }

    private static void record(CSVRecord row, String source, Map<String, List<Double>> elapsed,
                               Map<String, Long> errors) {
        int line = (int) row.getRecordNumber() + 1;
        if (!row.isConsistent()) {
            throw new InputException(Problem.MALFORMED, source, line, "the row has " + row.size()
                    + " columns, the header more", null);
        }
        String label = row.get("label");
        double value;
        try {
            value = Double.parseDouble(row.get("elapsed"));
        } catch (NumberFormatException e) {
            throw new InputException(Problem.MALFORMED, source, line, "'elapsed' is not a number: "
                    + row.get("elapsed"), e);
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new InputException(Problem.MALFORMED, source, line, "'elapsed' is negative or not finite", null);
        }
        elapsed.computeIfAbsent(label, key -> new ArrayList<>()).add(value);
        errors.merge(label, "true".equalsIgnoreCase(row.get("success")) ? 0L : 1L, Long::sum);
    }
}
