package io.deliverygates.bench.perf;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The subject of the performance gate's false-positive measurement (bench/perf-gate-fpr/run.sh): a fixed amount of
 * CPU work whose cost is linear in the system property {@code workload.factor} (default 1.0), so
 * {@code -jvmArgsAppend -Dworkload.factor=1.2} is a real 20 % slowdown of the same benchmark. It is a system
 * property, not a JMH {@code @Param}, because a parameter would change the benchmark's name and the gate would see
 * a new benchmark instead of a slower one. Two runs at the same factor are two runs of the same code; any
 * difference the gate sees between them is noise (JIT, the shared machine, the JVM's layout in each fork).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(4)
public class GateWorkloadBenchmark {
    /** Steps of the mixing loop at factor 1.0; about 20 microseconds on a 2020s core. */
    private static final int BASE_STEPS = 20_000;

    private int steps;
    private long seed;

    @Setup
    public void setUp() {
        steps = (int) Math.round(BASE_STEPS * Double.parseDouble(System.getProperty("workload.factor", "1.0")));
        seed = System.nanoTime();
    }

    /** xorshift mixing: no allocation, no memory traffic, a dependency chain the JIT cannot shorten. */
    @Benchmark
    public long mix() {
        long x = seed;
        long sum = 0;
        for (int i = 0; i < steps; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sum += x & 0xFF;
        }
        return sum;
    }
}
