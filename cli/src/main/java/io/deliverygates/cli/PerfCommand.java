package io.deliverygates.cli;

import io.deliverygates.common.Criticality;
import io.deliverygates.performance.Method;
import io.deliverygates.performance.MissingPolicy;
import io.deliverygates.performance.PerfGate;
import io.deliverygates.performance.PerfPolicy;
import io.deliverygates.performance.PerfReport;
import io.deliverygates.performance.PerfResult;
import io.deliverygates.performance.PerfSummary;
import io.deliverygates.performance.ResultFormat;
import io.deliverygates.performance.ResultLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code delivery-gates perf}: compares benchmark and load-test results with a reference build's, with statistics. */
@Command(name = "perf", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Performance gate: regressions in JMH, pytest-benchmark, Google Benchmark, JMeter and k6 "
                + "results against a reference build.",
            "A regression is slower than the reference by more than --threshold AND statistically significant "
                + "(bootstrap interval of the ratio of medians; p95 for load tests). See docs/performance-gate.md.",
            "Exit code: 0 passed, 1 unstable, 2 failed, 3-10 usage or input problem."},
        footer = {"", "Examples:",
            "  delivery-gates perf --jmh jmh-result.json --summary-out perf-summary.json",
            "  delivery-gates perf --jmh jmh-result.json --reference-summary previous/perf-summary.json \\",
            "      --summary-out perf-summary.json --html perf.html",
            "  delivery-gates perf --jmeter results.jtl --max-p95 500 --max-error-rate 1 \\",
            "      --reference-summary prev.json --threshold 15 --json"})
final class PerfCommand implements Callable<Integer> {
    /** The engine's parameter names as this command spells them, for error messages. */
    private static final Map<String, String> OPTION_NAMES = Map.of("jmh", "--jmh", "pytest", "--pytest",
            "googleBenchmark", "--google-benchmark", "jmeter", "--jmeter", "k6", "--k6");

    @Spec
    CommandSpec spec;

    @Option(names = "--jmh", paramLabel = "FILE|GLOB", description = "JMH JSON results (-rf json); repeatable.")
    List<String> jmh = new ArrayList<>();

    @Option(names = "--pytest", paramLabel = "FILE|GLOB",
            description = "pytest-benchmark JSON (--benchmark-json, with --benchmark-save-data); repeatable.")
    List<String> pytest = new ArrayList<>();

    @Option(names = "--google-benchmark", paramLabel = "FILE|GLOB",
            description = "Google Benchmark JSON (--benchmark_format=json, --benchmark_repetitions=N); repeatable.")
    List<String> googleBenchmark = new ArrayList<>();

    @Option(names = "--jmeter", paramLabel = "FILE|GLOB", description = "JMeter JTL results in CSV; repeatable.")
    List<String> jmeter = new ArrayList<>();

    @Option(names = "--k6", paramLabel = "FILE|GLOB", description = "k6 summary JSON (--summary-export); repeatable.")
    List<String> k6 = new ArrayList<>();

    @Option(names = "--reference-summary", paramLabel = "FILE",
            description = "The reference build's stored results (from --summary-out). Without it nothing is "
                    + "compared and the gate passes with a note (see --require-reference).")
    Path referenceSummary;

    @Option(names = "--summary-out", paramLabel = "FILE",
            description = "Write this run's results (raw samples, compact) here, for the next build.")
    Path summaryOut;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "10", converter = PercentConverter.class,
            description = "Smallest slowdown that counts as a regression, in percent (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of the interval and the test (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "bootstrap",
            converter = MethodConverter.class,
            description = "Significance by: bootstrap, mann_whitney or both (default: ${DEFAULT-VALUE}).")
    Method method;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "" + PerfPolicy.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + PerfPolicy.DEFAULT_SEED,
            description = "Seed of the bootstrap: same inputs, same verdict (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-samples", paramLabel = "N", defaultValue = "" + PerfPolicy.DEFAULT_MIN_SAMPLES,
            description = "Fewest samples a benchmark needs in each run to be judged (default: ${DEFAULT-VALUE}).")
    int minSamples;

    @Option(names = "--regression", paramLabel = "CRITICALITY", defaultValue = "failure",
            converter = CriticalityConverter.class,
            description = "What a regression does: failure or unstable (default: ${DEFAULT-VALUE}).")
    Criticality regression;

    @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "failure", converter = MissingConverter.class,
            description = "What a benchmark in the reference but not in this run does: failure, unstable or "
                    + "ignore (default: ${DEFAULT-VALUE}).")
    MissingPolicy missing;

    @Option(names = "--require-reference", description = "Fail when there is no --reference-summary.")
    boolean requireReference;

    @Option(names = "--max-p95", paramLabel = "MS", description = "Load tests: largest acceptable p95 latency.")
    Double maxP95;

    @Option(names = "--max-p99", paramLabel = "MS", description = "Load tests: largest acceptable p99 latency.")
    Double maxP99;

    @Option(names = "--max-error-rate", paramLabel = "PERCENT",
            description = "Load tests: largest acceptable share of failed requests, in percent.")
    Double maxErrorRate;

    @Option(names = "--max-error-rate-increase", paramLabel = "POINTS",
            description = "Load tests: largest acceptable rise of the error rate over the reference, in percentage "
                    + "points.")
    Double maxErrorRateIncrease;

    @Option(names = "--limits", paramLabel = "CRITICALITY", defaultValue = "failure",
            converter = CriticalityConverter.class,
            description = "What an exceeded load-test limit does: failure or unstable (default: ${DEFAULT-VALUE}).")
    Criticality limits;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the result as an HTML page.")
    Path html;

    @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = ".",
            description = "Folder relative paths and globs start from (default: the current folder).")
    Path baseDir;

    @Override
    public Integer call() {
        PerfPolicy policy = new PerfPolicy(threshold, confidence, method, resamples, seed, minSamples, regression,
                missing, requireReference, maxP95, maxP99, maxErrorRate, maxErrorRateIncrease, limits);
        PerfSummary reference = referenceSummary == null ? null : PerfSummary.read(referenceSummary);
        Map<ResultFormat, List<String>> files = new EnumMap<>(ResultFormat.class);
        files.put(ResultFormat.JMH, jmh);
        files.put(ResultFormat.PYTEST, pytest);
        files.put(ResultFormat.GOOGLE_BENCHMARK, googleBenchmark);
        files.put(ResultFormat.JMETER, jmeter);
        files.put(ResultFormat.K6, k6);
        ResultLoader.Run run = new ResultLoader(name -> OPTION_NAMES.getOrDefault(name, name)).load(baseDir, files);
        PerfResult result = new PerfGate(policy).evaluate(run, reference);
        if (summaryOut != null) {
            result.summary().write(summaryOut);
        }
        if (html != null) {
            GateCommand.write(html, PerfReport.html(result, "Performance gate: " + result.status()));
        }
        spec.commandLine().getOut().print(json ? result.toJson() + System.lineSeparator() : PerfReport.text(result));
        spec.commandLine().getOut().flush();
        return ExitCodes.of(result.status());
    }

    /** {@code 10} or {@code 10%} as the fraction 0.10. */
    static final class PercentConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String number = value.trim().endsWith("%") ? value.trim().substring(0, value.trim().length() - 1) : value;
            try {
                return Double.parseDouble(number.trim()) / 100;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a percentage, e.g. 10 or 10%");
            }
        }
    }

    static final class MethodConverter implements ITypeConverter<Method> {
        @Override
        public Method convert(String value) {
            return CaseInsensitive.parse(Method.class, value.replace('-', '_'));
        }
    }

    static final class CriticalityConverter implements ITypeConverter<Criticality> {
        @Override
        public Criticality convert(String value) {
            return CaseInsensitive.parse(Criticality.class, value);
        }
    }

    static final class MissingConverter implements ITypeConverter<MissingPolicy> {
        @Override
        public MissingPolicy convert(String value) {
            return CaseInsensitive.parse(MissingPolicy.class, value);
        }
    }
}
