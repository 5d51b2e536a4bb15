package io.deliverygates.bench.perf;

import io.deliverygates.performance.BootstrapRatio;
import io.deliverygates.performance.RatioInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one comparison (2000 resamples, 95 %): the engine's {@link BootstrapRatio} against the obvious
 * implementation ({@link NaiveBootstrap}: boxed lists, a sort per median) in the same run, and commons-math3's
 * Mann-Whitney U test on the pooled samples as a point of reference. Sizes: a JMH result (5 forks x 10 iterations)
 * and a load-test label (1 group of 2000 samples, the most a stored summary keeps).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PerfGateBenchmark {
    @Param({"5x10", "1x2000"})
    public String shape;

    private double[][] current;
    private double[][] reference;
    private List<List<Double>> currentBoxed;
    private List<List<Double>> referenceBoxed;
    private double[] currentPooled;
    private double[] referencePooled;

    @Setup
    public void setUp() {
        String[] parts = shape.split("x");
        int groups = Integer.parseInt(parts[0]);
        int perGroup = Integer.parseInt(parts[1]);
        SplittableRandom random = new SplittableRandom(7);
        current = samples(random, groups, perGroup, 1.05);
        reference = samples(random, groups, perGroup, 1.0);
        currentBoxed = boxed(current);
        referenceBoxed = boxed(reference);
        currentPooled = current[0].length == groups * perGroup ? current[0] : pool(current);
        referencePooled = reference[0].length == groups * perGroup ? reference[0] : pool(reference);
    }

    @Benchmark
    public RatioInterval engineBootstrap() {
        return new BootstrapRatio(2000, 1).interval(current, reference, 0.5, 0.95);
    }

    @Benchmark
    public double[] baselineNaiveBootstrap() {
        return NaiveBootstrap.interval(currentBoxed, referenceBoxed, 2000, 0.95, 1);
    }

    @Benchmark
    public double mannWhitney() {
        return new MannWhitneyUTest().mannWhitneyUTest(currentPooled, referencePooled);
    }

    private static double[][] samples(SplittableRandom random, int groups, int perGroup, double scale) {
        double[][] samples = new double[groups][perGroup];
        for (int g = 0; g < groups; g++) {
            double fork = 1 + 0.05 * random.nextDouble();
            for (int i = 0; i < perGroup; i++) {
                samples[g][i] = scale * fork * (100 + 5 * random.nextDouble());
            }
        }
        return samples;
    }

    private static List<List<Double>> boxed(double[][] groups) {
        List<List<Double>> boxed = new ArrayList<>();
        for (double[] group : groups) {
            List<Double> list = new ArrayList<>();
            for (double value : group) {
                list.add(value);
            }
            boxed.add(list);
        }
        return boxed;
    }

    private static double[] pool(double[][] groups) {
        return java.util.Arrays.stream(groups).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
