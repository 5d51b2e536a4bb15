package io.deliverygates.bench;

import io.deliverygates.common.Criticality;
import io.deliverygates.security.DatabaseUpdater;
import io.deliverygates.security.DependencyCheckSettings;
import io.deliverygates.security.FeedServer;
import io.deliverygates.security.NvdFeed;
import io.deliverygates.security.ScanRequest;
import io.deliverygates.security.SecurityGateResult;
import io.deliverygates.security.SecurityPolicy;
import io.deliverygates.security.SecurityScan;
import io.deliverygates.security.UpdateRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.dependency.Dependency;
import org.owasp.dependencycheck.exception.ExceptionCollection;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Warm scan time of our whole security scan (own data directory, shared lock, dependency-check scan, gate,
 * summary JSON and verdict HTML) against dependency-check's {@link Engine} used directly, on the same three real
 * jars and the same database filled from a loopback feed. The difference is the overhead we add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 6, time = 5)
@Fork(1)
public class SecurityScanBenchmark {
    private static final List<String> JARS = List.of("log4j-core-2.14.1.jar", "commons-collections-3.2.1.jar",
            "jackson-databind-2.12.6.jar");

    private Path root;
    private Path dataDirectory;
    private List<Path> jars;
    private SecurityPolicy policy;

    @Setup(Level.Trial)
    public void update() throws IOException {
        root = Files.createTempDirectory("delivery-gates-bench-");
        dataDirectory = root.resolve("data");
        Path jarFolder = Files.createDirectories(root.resolve("jars"));
        for (String jar : JARS) {
            try (InputStream in = SecurityScanBenchmark.class.getResourceAsStream("/vulnerable-jars/" + jar)) {
                Files.copy(in, jarFolder.resolve(jar));
            }
        }
        jars = JARS.stream().map(jarFolder::resolve).toList();
        try (FeedServer server = new FeedServer(NvdFeed.write(root.resolve("feed"), NvdFeed.RECORDS))) {
            new DatabaseUpdater().update(new UpdateRequest(dataDirectory, server.url(), null, null, null,
                    Duration.ofMinutes(1)));
        }
        policy = new SecurityPolicy(9.0, null, false, Criticality.UNSTABLE, Set.of("CVE-2020-36518"), List.of());
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** Our engine: scan, gate, summary and verdict page (no dependency-check reports, like the baseline). */
    @Benchmark
    public SecurityGateResult deliveryGatesScan() {
        ScanRequest request = new ScanRequest(dataDirectory, jars, List.of(), root.resolve("reports"), Set.of(),
                "bench", false, false, Duration.ofMinutes(1));
        return new SecurityScan().run(request, policy, null);
    }

    /** Baseline: dependency-check's Engine on the same database, offline, the way its documentation shows. */
    @Benchmark
    public int dependencyCheckEngine() throws ExceptionCollection {
        Settings settings = new Settings();
        settings.setString(Settings.KEYS.DATA_DIRECTORY, dataDirectory.toString());
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, false);
        settings.setBoolean(Settings.KEYS.ANALYZER_EXPERIMENTAL_ENABLED, false);
        DependencyCheckSettings.networkOrExternalAnalyzers().forEach(key -> settings.setBoolean(key, false));
        try (Engine engine = new Engine(settings)) {
            engine.scan(jars.stream().map(Path::toFile).toList());
            engine.analyzeDependencies();
            int vulnerabilities = 0;
            for (Dependency dependency : engine.getDependencies()) {
                vulnerabilities += dependency.getVulnerabilities().size();
            }
            return vulnerabilities;
        } finally {
            settings.cleanup(true);
        }
    }
}
