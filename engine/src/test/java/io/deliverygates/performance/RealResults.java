package io.deliverygates.performance;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The real result files under test resources (performance/README.md says how each was produced). */
final class RealResults {
    private RealResults() {
    }

    static Path file(String name) {
        try {
            return Path.of(RealResults.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }

    static List<Benchmark> read(ResultFormat format, String name) {
        return ResultLoader.read(format, file(name));
    }

    static ResultLoader.Run run(ResultFormat format, String name) {
        return new ResultLoader.Run(List.of(name), read(format, name));
    }

    /** A run given by a glob over the resources, e.g. the pytest suite run in three processes. */
    static ResultLoader.Run glob(ResultFormat format, String glob) {
        return new ResultLoader(name -> name).load(file("jmh-run1.json").getParent(), java.util.Map.of(format,
                List.of(glob)));
    }

    static PerfSummary summary(ResultLoader.Run run) {
        return PerfSummary.of(run.sources(), run.benchmarks());
    }

    static PerfSummary summary(ResultFormat format, String name) {
        return PerfSummary.of(List.of(name), read(format, name));
    }
}
