package io.deliverygates.bench;

import java.nio.file.Path;

/** A report the generator wrote, with the totals it wrote into the report element. */
public record GeneratedReport(Path file, long bytes, CoverageTotals totals) {
    public double megabytes() {
        return bytes / 1_000_000.0;
    }
}
