package io.deliverygates.bench;

import io.deliverygates.metrics.MetricsRenderer;
import io.deliverygates.metrics.MetricsReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The dashboard render against its JSON baseline, alternately in pairs, measuring the thread's CPU time as well as
 * wall time: on this shared 2-core machine (load average above 20) wall times of benchmarks run one after the
 * other drift with the load, while pairs share it and CPU time barely feels it. Same report as
 * {@link DashboardRenderBenchmark} (about 100,000 deployments).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.deliverygates.bench.DashboardRenderPairs [pairs]}
 */
public final class DashboardRenderPairs {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DashboardRenderPairs() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        DashboardRenderBenchmark setup = new DashboardRenderBenchmark();
        setup.setUp();
        MetricsReport report = setup.report();
        MetricsRenderer html = setup.htmlRenderer();
        MetricsRenderer json = setup.jsonRenderer();
        for (int i = 0; i < 50; i++) {
            html.render(report);
            json.render(report);
        }
        long[][] cpu = new long[2][pairs];
        long[][] wall = new long[2][pairs];
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            measure(html, report, cpu[0], wall[0], i);
            measure(json, report, cpu[1], wall[1], i);
            ratios[i] = (double) cpu[0][i] / cpu[1][i];
        }
        System.out.printf(Locale.ROOT, "%d pairs; html CPU median %.2f ms (wall %.2f ms); json baseline CPU median "
                + "%.2f ms (wall %.2f ms); html/json CPU ratio median %.3f (quartiles %.3f-%.3f)%n", pairs,
                median(cpu[0]) / 1e6, median(wall[0]) / 1e6, median(cpu[1]) / 1e6, median(wall[1]) / 1e6,
                quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
    }

    private static void measure(MetricsRenderer renderer, MetricsReport report, long[] cpu, long[] wall, int i) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        if (renderer.render(report).isEmpty()) {
            throw new IllegalStateException("empty output");
        }
        wall[i] = System.nanoTime() - wall0;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - cpu0;
    }

    private static double median(long[] values) {
        return quantile(Arrays.stream(values).asDoubleStream().toArray(), 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
