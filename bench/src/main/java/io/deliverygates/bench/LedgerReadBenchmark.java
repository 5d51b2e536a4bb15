package io.deliverygates.bench;

import io.deliverygates.common.Json;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerCursor;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.LedgerScan;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a ledger of 1M events, each handed to a consumer (as metrics fold them): everything
 * ({@code ledgerScanAll}, checksums verified) against the baseline of the obvious reader
 * ({@code baselineReadLinePlusJackson}: BufferedReader.readLine + Jackson readValue per line), and an incremental
 * read of the newest 1000 events from a cursor ({@code ledgerScanTailFromCursor}), which is what the metrics do on
 * every update. Scores are milliseconds per read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class LedgerReadBenchmark {
    private static final int TAIL = 1000;

    @Param("1000000")
    public int events;

    private Path folder;
    private FileLedger ledger;
    private LedgerCursor beforeTail;

    @Setup(Level.Trial)
    public void writeLedger() throws IOException {
        folder = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", ".")), "ledger-read");
        ledger = FileLedger.inFolder(folder);
        List<LedgerEvent> chunk = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            chunk.add(LedgerEvents.deployment(i));
            if (chunk.size() == 10_000 || i == events - TAIL - 1 || i == events - 1) {
                ledger.appendAll(chunk);
                chunk.clear();
                if (i == events - TAIL - 1) {
                    beforeTail = ledger.scan(LedgerCursor.START, e -> { }).cursor();
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public LedgerScan ledgerScanAll(Blackhole sink) throws IOException {
        return check(ledger.scan(LedgerCursor.START, sink::consume), events);
    }

    @Benchmark
    public LedgerScan ledgerScanTailFromCursor(Blackhole sink) throws IOException {
        return check(ledger.scan(beforeTail, sink::consume), TAIL);
    }

    @Benchmark
    public int baselineReadLinePlusJackson(Blackhole sink) throws IOException {
        int read = 0;
        try (BufferedReader lines = Files.newBufferedReader(ledger.file(), StandardCharsets.UTF_8)) {
            lines.readLine(); // the header
            String line;
            while ((line = lines.readLine()) != null) {
                sink.consume(Json.mapper().readValue(line, LedgerEvent.class));
                read++;
            }
        }
        return read;
    }

    private static LedgerScan check(LedgerScan scan, int expected) {
        if (scan.events() != expected || !scan.warnings().isEmpty()) {
            throw new IllegalStateException("read " + scan.events() + " events, expected " + expected);
        }
        return scan;
    }
}
