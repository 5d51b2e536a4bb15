package io.deliverygates.bench;

import io.deliverygates.common.Json;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerCursor;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.LedgerRead;
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

/**
 * Reading a ledger of 1M events: everything ({@code ledgerReadAll}, checksums verified) against the baseline of
 * the obvious reader ({@code baselineReadLinePlusJackson}: BufferedReader.readLine + Jackson readValue per line),
 * and an incremental read of the newest 1000 events from a cursor ({@code ledgerReadTailFromCursor}), which is
 * what the metrics do on every update. Scores are milliseconds per read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
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
                    beforeTail = ledger.read(LedgerCursor.START).cursor();
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
    public List<LedgerEvent> ledgerReadAll() throws IOException {
        return check(ledger.read(LedgerCursor.START), events);
    }

    @Benchmark
    public List<LedgerEvent> ledgerReadTailFromCursor() throws IOException {
        return check(ledger.read(beforeTail), TAIL);
    }

    @Benchmark
    public List<LedgerEvent> baselineReadLinePlusJackson() throws IOException {
        List<LedgerEvent> read = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(ledger.file(), StandardCharsets.UTF_8)) {
            lines.readLine(); // the header
            String line;
            while ((line = lines.readLine()) != null) {
                read.add(Json.mapper().readValue(line, LedgerEvent.class));
            }
        }
        return read;
    }

    private static List<LedgerEvent> check(LedgerRead read, int expected) {
        if (read.events().size() != expected || !read.warnings().isEmpty()) {
            throw new IllegalStateException("read " + read.events().size() + " events, expected " + expected);
        }
        return read.events();
    }
}
