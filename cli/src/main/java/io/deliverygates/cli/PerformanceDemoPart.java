package io.deliverygates.cli;

import io.deliverygates.common.Criticality;
import io.deliverygates.performance.Benchmark;
import io.deliverygates.performance.JmeterJtlReader;
import io.deliverygates.performance.JmhJsonReader;
import io.deliverygates.performance.Method;
import io.deliverygates.performance.MissingPolicy;
import io.deliverygates.performance.PerfGate;
import io.deliverygates.performance.PerfPolicy;
import io.deliverygates.performance.PerfReport;
import io.deliverygates.performance.PerfResult;
import io.deliverygates.performance.PerfSummary;
import io.deliverygates.performance.ResultLoader;
import io.deliverygates.performance.ResultReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The performance gate on results embedded in the jar: two real JMH runs of the gate's workload benchmark (the
 * second with 20 % more work) and two JMeter-format load tests (the second slower, with errors), each current run
 * compared with the stored results of its reference run.
 */
final class PerformanceDemoPart implements DemoPart {
    /** Load-test limits of the demo: p95 at most 80 ms, at most 1 % failed requests. */
    static final PerfPolicy LOAD_POLICY = new PerfPolicy(PerfPolicy.DEFAULT_THRESHOLD, PerfPolicy.DEFAULT_CONFIDENCE,
            Method.BOOTSTRAP, PerfPolicy.DEFAULT_RESAMPLES, PerfPolicy.DEFAULT_SEED, PerfPolicy.DEFAULT_MIN_SAMPLES,
            Criticality.FAILURE, MissingPolicy.FAILURE, false, 80.0, null, 1.0, 2.0, Criticality.UNSTABLE);

    @Override
    public String title() {
        return "Performance gate: benchmarks and load tests";
    }

    @Override
    public String directory() {
        return "performance-gate";
    }

    @Override
    public String description() {
        return "The performance gate on two real JMH runs of the same benchmark, the second with 20 % more work, and "
                + "on a JMeter-format load test that got slower and started failing, each against its reference run.";
    }

    @Override
    public List<Page> write(Path dir, PrintWriter out) throws IOException {
        PerfResult jmh = compare(new JmhJsonReader(), "perf-jmh-reference.json", "perf-jmh-current.json",
                PerfPolicy.DEFAULTS);
        PerfResult load = compare(new JmeterJtlReader(), "perf-jmeter-reference.jtl", "perf-jmeter-current.jtl",
                LOAD_POLICY);
        show(jmh, "JMH: the same benchmark with 20 % more work, against the stored reference run",
                dir.resolve("jmh.html"), out);
        show(load, "Load test (JMeter CSV): slower with errors, against the reference run and limits",
                dir.resolve("load-test.html"), out);
        jmh.summary().write(dir.resolve("jmh-summary.json"));
        return List.of(new Page("jmh.html", "JMH benchmark against a reference build (regression caught)"),
                new Page("load-test.html", "Load test: p95 and error rate against the reference and limits"),
                new Page("jmh-summary.json", "Stored results of the JMH build (the next build's reference)"));
    }

    private static PerfResult compare(ResultReader reader, String reference, String current, PerfPolicy policy)
            throws IOException {
        PerfSummary stored = PerfSummary.of(List.of(reference), read(reader, reference));
        ResultLoader.Run run = new ResultLoader.Run(List.of(current), read(reader, current));
        return new PerfGate(policy).evaluate(run, stored);
    }

    private static List<Benchmark> read(ResultReader reader, String name) throws IOException {
        try (InputStream in = CoverageDemoPart.class.getResourceAsStream(CoverageDemoPart.RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing from the jar: " + name);
            }
            return reader.read(in, name);
        }
    }

    private static void show(PerfResult result, String title, Path html, PrintWriter out) {
        GateCommand.write(html, PerfReport.html(result, title));
        out.println("-- " + title + " -> " + html.getFileName());
        out.print(PerfReport.text(result));
    }
}
