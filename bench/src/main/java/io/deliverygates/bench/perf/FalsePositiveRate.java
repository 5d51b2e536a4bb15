package io.deliverygates.bench.perf;

import io.deliverygates.common.Criticality;
import io.deliverygates.performance.Benchmark;
import io.deliverygates.performance.Method;
import io.deliverygates.performance.MissingPolicy;
import io.deliverygates.performance.PerfGate;
import io.deliverygates.performance.PerfPolicy;
import io.deliverygates.performance.PerfSummary;
import io.deliverygates.performance.ResultFormat;
import io.deliverygates.performance.ResultLoader;
import io.deliverygates.performance.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The gate's false-positive rate and detection rate on the runs of {@code bench/perf-gate-fpr/run.sh}, next to
 * the anchors: the Jenkins Performance plugin's relative threshold on the average (10 %, no statistics) and a
 * benchmark action's alert on the ratio of means (200 %). Prints a Markdown table.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.deliverygates.bench.perf.FalsePositiveRate RUNS_DIR}
 */
public final class FalsePositiveRate {
    private FalsePositiveRate() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/perf-gate-fpr");
        List<Benchmark> sameA = new ArrayList<>();
        List<Benchmark> sameB = new ArrayList<>();
        List<Benchmark> slow = new ArrayList<>();
        for (int k = 1; Files.exists(dir.resolve("same-" + k + "-b.json")); k++) {
            sameA.add(read(dir.resolve("same-" + k + "-a.json")));
            sameB.add(read(dir.resolve("same-" + k + "-b.json")));
            if (Files.exists(dir.resolve("slow-" + k + ".json"))) {
                slow.add(read(dir.resolve("slow-" + k + ".json")));
            }
        }
        List<Benchmark> allSame = new ArrayList<>(sameA);
        allSame.addAll(sameB);

        Map<String, BiPredicate<Benchmark, Benchmark>> deciders = new LinkedHashMap<>();
        deciders.put("performanceGate, defaults (bootstrap over forks, 10 %, 95 %)", gate(Method.BOOTSTRAP, 0.95));
        deciders.put("performanceGate, --method mann_whitney (pooled samples)", gate(Method.MANN_WHITNEY, 0.95));
        deciders.put("performanceGate, --method both", gate(Method.BOTH, 0.95));
        deciders.put("performanceGate, --confidence 0.99", gate(Method.BOOTSTRAP, 0.99));
        deciders.put("bootstrap ignoring forks (one pooled group)", (current, reference) ->
                gateDecides(Method.BOOTSTRAP, 0.95, pooled(current), pooled(reference)));
        deciders.put("anchor: Performance plugin, average +10 % vs previous build", (current, reference) ->
                mean(current) > 1.10 * mean(reference));
        deciders.put("anchor: benchmark action, ratio of means >= 200 %", (current, reference) ->
                mean(current) >= 2.0 * mean(reference));

        System.out.printf(Locale.ROOT, "Runs: %d pairs of the same code, %d runs with 20 %% more work (%s)%n%n",
                sameA.size(), slow.size(), dir);
        System.out.println("| decision | false positives, paired runs | false positives, all same-code pairs "
                + "| 20 % slowdown caught, paired | caught, all pairs |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<String, BiPredicate<Benchmark, Benchmark>> decider : deciders.entrySet()) {
            BiPredicate<Benchmark, Benchmark> flags = decider.getValue();
            int falsePairs = 0;
            for (int k = 0; k < sameA.size(); k++) {
                falsePairs += flags.test(sameB.get(k), sameA.get(k)) ? 1 : 0;
            }
            int falseAll = 0;
            int all = 0;
            for (int i = 0; i < allSame.size(); i++) {
                for (int j = 0; j < allSame.size(); j++) {
                    if (i != j) {
                        all++;
                        falseAll += flags.test(allSame.get(i), allSame.get(j)) ? 1 : 0;
                    }
                }
            }
            int caughtPairs = 0;
            int caughtAll = 0;
            for (int k = 0; k < slow.size(); k++) {
                caughtPairs += flags.test(slow.get(k), sameA.get(k)) ? 1 : 0;
                for (Benchmark reference : allSame) {
                    caughtAll += flags.test(slow.get(k), reference) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d / %d | %d / %d (%.1f %%) | %d / %d | %d / %d (%.1f %%) |%n",
                    decider.getKey(), falsePairs, sameA.size(), falseAll, all, 100.0 * falseAll / all, caughtPairs,
                    slow.size(), caughtAll, slow.size() * allSame.size(),
                    100.0 * caughtAll / (slow.size() * allSame.size()));
        }
        System.out.println();
        System.out.println("Medians (us/op) of the same-code runs: " + medians(allSame));
        System.out.println("Medians (us/op) of the slow runs: " + medians(slow));
    }

    private static Benchmark read(Path file) {
        List<Benchmark> benchmarks = ResultLoader.read(ResultFormat.JMH, file);
        if (benchmarks.size() != 1) {
            throw new IllegalStateException(file + ": expected one benchmark");
        }
        return benchmarks.get(0);
    }

    private static BiPredicate<Benchmark, Benchmark> gate(Method method, double confidence) {
        return (current, reference) -> gateDecides(method, confidence, current, reference);
    }

    private static boolean gateDecides(Method method, double confidence, Benchmark current, Benchmark reference) {
        PerfPolicy policy = new PerfPolicy(PerfPolicy.DEFAULT_THRESHOLD, confidence, method,
                PerfPolicy.DEFAULT_RESAMPLES, PerfPolicy.DEFAULT_SEED, PerfPolicy.DEFAULT_MIN_SAMPLES,
                Criticality.FAILURE, MissingPolicy.FAILURE, false, null, null, null, null, Criticality.FAILURE);
        return new PerfGate(policy).evaluate(new ResultLoader.Run(List.of("current"), List.of(current)),
                PerfSummary.of(List.of("reference"), List.of(reference))).rows().get(0).verdict() == Verdict.REGRESSION;
    }

    private static Benchmark pooled(Benchmark benchmark) {
        return new Benchmark(benchmark.name(), benchmark.format(), benchmark.kind(), benchmark.unit(),
                benchmark.direction(), new double[][] {benchmark.pooled()}, null, null);
    }

    private static double mean(Benchmark benchmark) {
        return Arrays.stream(benchmark.pooled()).average().orElseThrow();
    }

    private static String medians(List<Benchmark> runs) {
        StringBuilder text = new StringBuilder();
        for (Benchmark run : runs) {
            text.append(String.format(Locale.ROOT, "%.1f ", run.comparedValue()));
        }
        return text.toString().trim();
    }
}
