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
 * Parses a generated JaCoCo XML report of {@code reportMegabytes} MB with each {@code parser}: one operation is one
 * whole report, so MB/s is ops/s times the report size. Every parser runs in its own fork with the same heap, in the
 * same JMH run. Before anything is timed, the setup parses the report once and fails the benchmark unless the parser
 * read exactly the totals the generator wrote (that parse also warms the parser up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
public class JacocoXmlParseBenchmark {
    @Param({"delivery-gates", Parsers.GATE_DETAIL, Parsers.BASELINE})
    public String parser;

    @Param("50")
    public int reportMegabytes;

    private ReportParser reportParser;
    private GeneratedReport report;

    @Setup(Level.Trial)
    public void writeAndCheckReport() throws IOException {
        reportParser = Parsers.named(parser);
        report = BenchmarkReports.write(reportMegabytes);
        Parsers.requireCorrectTotals(report, parser);
        System.out.printf("%n# Report: %d bytes, totals %s; %s read them correctly%n", report.bytes(),
                report.totals(), parser);
    }

    @TearDown(Level.Trial)
    public void deleteReport() throws IOException {
        Files.deleteIfExists(report.file());
    }

    @Benchmark
    public Object parse() throws IOException {
        return reportParser.parse(report.file());
    }
}
