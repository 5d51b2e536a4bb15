package io.deliverygates.bench;

import java.io.IOException;
import java.nio.file.Path;

/** A JaCoCo XML parser under test, reduced to what the benchmark compares: the report's totals. */
public interface ReportParser {
    /** Parses the whole report and returns its parsed form (kept opaque so the benchmark can consume it). */
    Object parse(Path report) throws IOException;

    /** The report-level totals of a result {@link #parse} returned. */
    CoverageTotals totals(Object parsed);
}
