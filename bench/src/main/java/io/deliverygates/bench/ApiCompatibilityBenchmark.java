package io.deliverygates.bench;

import io.deliverygates.api.ApiComparison;
import io.deliverygates.api.JarComparator;
import io.deliverygates.api.OpenApiComparator;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.model.JApiClass;
import japicmp.output.semver.SemverOut;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our comparisons against the libraries they are built on, on the same inputs in the same run: {@link JarComparator}
 * (input checks, japicmp, semver, our list of changes) against japicmp used alone (compare + its semver answer) on
 * commons-lang3 3.11 -> 3.12.0 from Maven Central; {@link OpenApiComparator} (tree read, $ref check,
 * swagger-parser, openapi-diff, our rules) against openapi-diff alone ({@code OpenApiCompare.fromLocations}) on the
 * test documents petstore-1.0.yaml -> petstore-2.0.json. The ratio is the overhead the gate adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ApiCompatibilityBenchmark {
    private Path root;
    private Path oldJar;
    private Path newJar;
    private Path oldSpec;
    private Path newSpec;

    @Setup(Level.Trial)
    public void copyInputs() throws IOException {
        root = Files.createTempDirectory("delivery-gates-api-bench-");
        oldJar = copy("/api-jars/commons-lang3-3.11.jar");
        newJar = copy("/api-jars/commons-lang3-3.12.0.jar");
        oldSpec = copy("/api/petstore-1.0.yaml");
        newSpec = copy("/api/petstore-2.0.json");
    }

    private Path copy(String resource) throws IOException {
        Path target = root.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = ApiCompatibilityBenchmark.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Benchmark
    public ApiComparison jarOurs() {
        return new JarComparator().compare(oldJar, "old", newJar, "new");
    }

    /** The baseline: japicmp alone, with the same option (ignore missing classes) and its semver answer. */
    @Benchmark
    public String jarJapicmpAlone() {
        Options options = Options.newDefault();
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        List<JApiClass> classes = new JarArchiveComparator(JarArchiveComparatorOptions.of(options)).compare(
                new JApiCmpArchive(oldJar.toFile(), "3.11"), new JApiCmpArchive(newJar.toFile(), "3.12.0"));
        return new SemverOut(options, classes).generate();
    }

    @Benchmark
    public ApiComparison openApiOurs() {
        return new OpenApiComparator().compare(oldSpec, "old", newSpec, "new");
    }

    /** The baseline: openapi-diff alone, reading both files itself. */
    @Benchmark
    public ChangedOpenApi openApiDiffAlone() {
        return OpenApiCompare.fromLocations(oldSpec.toString(), newSpec.toString());
    }
}
