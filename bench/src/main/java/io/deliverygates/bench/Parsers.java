package io.deliverygates.bench;

import io.deliverygates.coverage.CoverageDetail;
import io.deliverygates.coverage.gate.QualityGate;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsers the benchmarks compare, by the names used in commands and results. */
public final class Parsers {
    /** The baseline every figure is a ratio against. */
    public static final String BASELINE = "coverage-model";

    /** Our reader keeping only what {@link #GATE} needs. */
    public static final String GATE_DETAIL = "delivery-gates-gate";

    /** Our reader keeping only what {@link #PACKAGE_GATE} needs. */
    public static final String PACKAGE_GATE_DETAIL = "delivery-gates-pkg-gate";

    /** A project gate: the reading keeps the project totals only, no package, class or file. */
    static final QualityGate GATE = QualityGate.parse(List.of("line>=80", "branch>=60"), false, "gate");

    /** A gate with one package-scoped condition: the reading also keeps the totals of the packages it matches. */
    static final QualityGate PACKAGE_GATE = QualityGate.parse(List.of("line>=80", "branch>=60@com.acme.billing.*"),
            false, "gate");

    private static final Map<String, ReportParser> ALL = new LinkedHashMap<>();

    static {
        ALL.put("delivery-gates", new DeliveryGatesParser(CoverageDetail.ALL));
        ALL.put(GATE_DETAIL, new DeliveryGatesParser(GATE.requiredDetail()));
        ALL.put(PACKAGE_GATE_DETAIL, new DeliveryGatesParser(PACKAGE_GATE.requiredDetail()));
        ALL.put(BASELINE, new CoverageModelParser());
    }

    private Parsers() {
    }

    public static Map<String, ReportParser> all() {
        return Collections.unmodifiableMap(ALL);
    }

    public static ReportParser named(String name) {
        ReportParser parser = ALL.get(name);
        if (parser == null) {
            throw new IllegalArgumentException("unknown parser '" + name + "'; expected one of " + ALL.keySet());
        }
        return parser;
    }

    /** Fails unless every parser reads exactly the totals the generator wrote (see {@link #requireCorrectTotals(GeneratedReport, String)}). */
    public static void requireCorrectTotals(GeneratedReport report) throws IOException {
        for (String name : ALL.keySet()) {
            requireCorrectTotals(report, name);
        }
    }

    /**
     * Parses the report with the named parser and fails unless it reads exactly the totals the generator wrote, so
     * a benchmark never times a parser that gets the numbers wrong.
     */
    public static void requireCorrectTotals(GeneratedReport report, String name) throws IOException {
        ReportParser parser = named(name);
        CoverageTotals read = parser.totals(parser.parse(report.file()));
        if (!read.equals(report.totals())) {
            throw new IllegalStateException(name + " read " + read + " from " + report.file()
                    + " but the report holds " + report.totals());
        }
    }
}
