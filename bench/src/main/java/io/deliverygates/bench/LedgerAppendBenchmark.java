package io.deliverygates.bench;

import io.deliverygates.common.Json;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending events durably. Each {@code ledger*} method returns only when its events are on disk (fsync).
 * Baselines in the same run: {@code baselineBufferedNoSync} (JSON lines through a BufferedWriter, no sync: fast,
 * but events are lost on a crash) and {@code baselineRawWriteSync} (the bare write + fsync, without lock, header
 * check or checksum: the floor for a durable append). Scores are events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LedgerAppendBenchmark {
    private static final int BATCH = 100;

    private Path folder;
    private FileLedger ledger;
    private BufferedWriter buffered;
    private FileChannel raw;
    private long next;
    private List<LedgerEvent> batch;

    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", ".")), "ledger-append");
        ledger = FileLedger.inFolder(folder);
        buffered = Files.newBufferedWriter(folder.resolve("buffered.jsonl"), StandardCharsets.UTF_8);
        raw = FileChannel.open(folder.resolve("raw.jsonl"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            batch.add(LedgerEvents.deployment(i));
        }
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
        buffered.close();
        raw.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public void ledgerAppendOneFsyncEach() throws IOException {
        ledger.append(LedgerEvents.deployment(next++));
    }

    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(BATCH)
    public void ledgerAppendAllBatchOf100() throws IOException {
        ledger.appendAll(batch);
    }

    @Benchmark
    public void baselineRawWriteSync() throws IOException {
        byte[] line = (Json.mapper().writeValueAsString(LedgerEvents.deployment(next++)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        raw.write(ByteBuffer.wrap(line));
        raw.force(false);
    }

    @Benchmark
    public void baselineBufferedNoSync() throws IOException {
        buffered.write(Json.mapper().writeValueAsString(LedgerEvents.deployment(next++)));
        buffered.write('\n');
    }
}
