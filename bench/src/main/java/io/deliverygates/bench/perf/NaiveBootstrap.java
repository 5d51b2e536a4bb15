package io.deliverygates.bench.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The baseline of {@link PerfGateBenchmark}: the same hierarchical percentile bootstrap of a ratio of medians
 * written the obvious way (boxed lists, a full sort for every median, java.util.Random), as one would in a
 * script. It gives the same kind of interval; the benchmark measures what the engine's version saves.
 */
final class NaiveBootstrap {
    private NaiveBootstrap() {
    }

    static double[] interval(List<List<Double>> current, List<List<Double>> reference, int resamples,
                             double confidence, long seed) {
        Random random = new Random(seed);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < resamples; i++) {
            ratios.add(median(resample(current, random)) / median(resample(reference, random)));
        }
        Collections.sort(ratios);
        double tail = (1 - confidence) / 2;
        return new double[] {ratios.get((int) (tail * (resamples - 1))),
                ratios.get((int) ((1 - tail) * (resamples - 1)))};
    }

    private static List<Double> resample(List<List<Double>> groups, Random random) {
        List<Double> values = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Double> group = groups.get(random.nextInt(groups.size()));
            for (int j = 0; j < group.size(); j++) {
                values.add(group.get(random.nextInt(group.size())));
            }
        }
        return values;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
