package io.deliverygates.performance;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.coverage.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finds and reads the result files of one run: per format, file names or globs relative to a base folder. A
 * benchmark in several files of a run (the same suite run in several processes) has one sample group per file.
 */
public final class ResultLoader {
    /** Result files larger than this are refused: 1 GiB. */
    public static final long MAX_BYTES = 1L << 30;

    private final UnaryOperator<String> parameterNames;

    /** @param parameterNames maps the engine's parameter names ({@link ResultFormat#parameter()}) to the caller's */
    public ResultLoader(UnaryOperator<String> parameterNames) {
        this.parameterNames = parameterNames;
    }

    /** The results of the run: sources (the files read) and the benchmarks in them. */
    public record Run(List<String> sources, List<Benchmark> benchmarks) {
        public Run {
            sources = List.copyOf(sources);
            benchmarks = List.copyOf(benchmarks);
        }
    }

    public Run load(Path baseDir, Map<ResultFormat, List<String>> patterns) {
        Map<ResultFormat, List<String>> given = new EnumMap<>(ResultFormat.class);
        patterns.forEach((format, list) -> {
            if (list != null && !list.isEmpty()) {
                given.put(format, list);
            }
        });
        if (given.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, String.join("/", names()),
                    "no result files given: name at least one JMH, pytest-benchmark, Google Benchmark, JMeter or k6 file");
        }
        List<String> sources = new ArrayList<>();
        Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
        given.forEach((format, list) -> {
            for (String pattern : list) {
                for (Path file : ReportFiles.resolve(baseDir, pattern, parameterNames.apply(format.parameter()))) {
                    sources.add(file.toString());
                    for (Benchmark benchmark : read(format, file)) {
                        benchmarks.merge(benchmark.name(), benchmark, (earlier, later) -> merge(earlier, later, file));
                    }
                }
            }
        });
        return new Run(sources, new ArrayList<>(benchmarks.values()));
    }

    /**
     * The same benchmark in several files of one run: the run was repeated in several processes (pytest or Google
     * Benchmark started N times), and each file's samples become one more group, so that the bootstrap sees the
     * variation between processes too.
     */
    private static Benchmark merge(Benchmark earlier, Benchmark later, Path file) {
        if (!earlier.format().equals(later.format()) || !earlier.unit().equals(later.unit())
                || earlier.kind() != later.kind() || earlier.kind() == Kind.LOAD_TEST) {
            throw new InputException(Problem.INVALID_PARAMETER, file.toString(), "benchmark '" + later.name()
                    + "' is also in another file, of another format or unit"
                    + (earlier.kind() == Kind.LOAD_TEST ? " (load tests are given once per run)" : ""));
        }
        double[][] groups = java.util.stream.Stream.concat(java.util.Arrays.stream(earlier.groups()),
                java.util.Arrays.stream(later.groups())).toArray(double[][]::new);
        return new Benchmark(earlier.name(), earlier.format(), earlier.kind(), earlier.unit(), earlier.direction(),
                groups, earlier.reported(), null);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (ResultFormat format : ResultFormat.values()) {
            names.add(parameterNames.apply(format.parameter()));
        }
        return names;
    }

    /** Reads one file of a known format. */
    public static List<Benchmark> read(ResultFormat format, Path file) {
        ReportFiles.check(file, MAX_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            return format.reader().read(in, file.toString());
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, file.toString(), InputException.NO_LINE, e.toString(), e);
        }
    }
}
