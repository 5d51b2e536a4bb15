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
 * benchmark name may occur only once in a run, so two files with the same benchmark are an error, not a merge.
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
        Map<String, String> origin = new LinkedHashMap<>();
        given.forEach((format, list) -> {
            for (String pattern : list) {
                for (Path file : ReportFiles.resolve(baseDir, pattern, parameterNames.apply(format.parameter()))) {
                    sources.add(file.toString());
                    for (Benchmark benchmark : read(format, file)) {
                        String earlier = origin.putIfAbsent(benchmark.name(), file.toString());
                        if (earlier != null) {
                            throw new InputException(Problem.INVALID_PARAMETER, file.toString(), "benchmark '"
                                    + benchmark.name() + "' is also in " + earlier + "; give each run's results once");
                        }
                        benchmarks.put(benchmark.name(), benchmark);
                    }
                }
            }
        });
        return new Run(sources, new ArrayList<>(benchmarks.values()));
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
