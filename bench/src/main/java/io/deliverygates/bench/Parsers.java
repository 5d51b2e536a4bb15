package io.deliverygates.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parsers the benchmarks compare, by the names used in commands and results. */
public final class Parsers {
    /** The baseline every figure is a ratio against. */
    public static final String BASELINE = "coverage-model";

    private static final Map<String, ReportParser> ALL = new LinkedHashMap<>();

    static {
        ALL.put(BASELINE, new CoverageModelParser());
    }

    private Parsers() {
    }

    public static Map<String, ReportParser> all() {
        return Map.copyOf(ALL);
    }

    public static ReportParser named(String name) {
        ReportParser parser = ALL.get(name);
        if (parser == null) {
            throw new IllegalArgumentException("unknown parser '" + name + "'; expected one of " + ALL.keySet());
        }
        return parser;
    }

    /**
     * Parses the report with every parser and fails unless each one reads exactly the totals the generator wrote,
     * so a benchmark never times a parser that gets the numbers wrong.
     */
    public static void requireCorrectTotals(GeneratedReport report) throws IOException {
        for (Map.Entry<String, ReportParser> entry : ALL.entrySet()) {
            ReportParser parser = entry.getValue();
            CoverageTotals read = parser.totals(parser.parse(report.file()));
            if (!read.equals(report.totals())) {
                throw new IllegalStateException(entry.getKey() + " read " + read + " from " + report.file()
                        + " but the report holds " + report.totals());
            }
        }
    }
}
