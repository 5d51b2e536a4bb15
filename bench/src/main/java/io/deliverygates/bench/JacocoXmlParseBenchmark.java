package io.deliverygates.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

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
 * Parses a generated JaCoCo XML report of {@code reportMegabytes} MB with each parser: one operation is one whole
 * report, so MB/s is ops/s times the report size. Both benchmarks run in the same JMH run with the same heap, and the
 * setup of every fork first checks that both parsers read exactly the totals the generator wrote.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class JacocoXmlParseBenchmark {
    @Param("50")
    public int reportMegabytes;

    private GeneratedReport report;

    @Setup(Level.Trial)
    public void writeAndCheckReport() throws IOException {
        report = BenchmarkReports.write(reportMegabytes);
        Parsers.requireCorrectTotals(report);
        System.out.printf("%n# Report: %s, %d bytes, totals %s%n", report.file(), report.bytes(), report.totals());
    }

    @TearDown(Level.Trial)
    public void deleteReport() throws IOException {
        Files.deleteIfExists(report.file());
    }

    @Benchmark
    public Object coverageModel() throws IOException {
        return Parsers.named("coverage-model").parse(report.file());
    }
}
