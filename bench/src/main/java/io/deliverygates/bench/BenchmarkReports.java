package io.deliverygates.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the benchmark's reports to temporary files: generated at setup, deleted afterwards, never committed. */
public final class BenchmarkReports {
    /** Fixed, so every run and every machine parses the same bytes. */
    public static final long SEED = 20_261_126L;

    private BenchmarkReports() {
    }

    /** A report of at least {@code megabytes} MB (10^6 bytes) in a new temporary file. */
    public static GeneratedReport write(int megabytes) throws IOException {
        Path file = Files.createTempFile("jacoco-" + megabytes + "mb-", ".xml");
        return new JacocoReportGenerator(SEED).write(file, megabytes * 1_000_000L);
    }
}
