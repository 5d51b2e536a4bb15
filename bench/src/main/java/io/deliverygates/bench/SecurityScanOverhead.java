package io.deliverygates.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The overhead figure of docs/performance.md, robust to a shared, busy machine: after a warm-up, runs our scan and
 * dependency-check's Engine alternately in pairs (so load changes hit both alike) and reports the median of the
 * per-pair ratios. Usage: {@code java -cp bench/target/benchmarks.jar io.deliverygates.bench.SecurityScanOverhead
 * [pairs]}. The JMH benchmark {@link SecurityScanBenchmark} measures the same two operations.
 */
public final class SecurityScanOverhead {
    private SecurityScanOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SecurityScanBenchmark benchmark = new SecurityScanBenchmark();
        benchmark.update();
        try {
            for (int i = 0; i < 5; i++) {
                benchmark.deliveryGatesScan();
                benchmark.dependencyCheckEngine();
            }
            List<Double> ours = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                boolean oursFirst = i % 2 == 0;
                double a = oursFirst ? time(benchmark::deliveryGatesScan) : time(benchmark::dependencyCheckEngine);
                double b = oursFirst ? time(benchmark::dependencyCheckEngine) : time(benchmark::deliveryGatesScan);
                double our = oursFirst ? a : b;
                double their = oursFirst ? b : a;
                ours.add(our);
                baseline.add(their);
                ratios.add(our / their);
            }
            System.out.printf(Locale.ROOT, "pairs %d: ours median %.0f ms, dependency-check Engine median %.0f ms, "
                    + "median ratio %.3f (quartiles %.3f-%.3f)%n", pairs, median(ours), median(baseline),
                    median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75));
        } finally {
            benchmark.delete();
        }
    }

    private interface Operation {
        Object run() throws Exception;
    }

    private static double time(Operation operation) throws Exception {
        long start = System.nanoTime();
        operation.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    private static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.round(q * (sorted.size() - 1)));
    }
}
