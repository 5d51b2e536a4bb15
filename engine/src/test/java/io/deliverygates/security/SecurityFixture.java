package io.deliverygates.security;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One feed, one loopback server and one updated data directory for the whole test JVM: the update is the slow
 * part, and every scan test reads the same database (as scans on an agent do).
 */
final class SecurityFixture {
    static final Path JARS = Path.of("target", "vulnerable-jars");
    static final Path LOG4J_2_14_1 = JARS.resolve("log4j-core-2.14.1.jar");
    static final Path LOG4J_2_17_1 = JARS.resolve("log4j-core-2.17.1.jar");
    static final Path COLLECTIONS_3_2_1 = JARS.resolve("commons-collections-3.2.1.jar");
    static final Path JACKSON_2_12_6 = JARS.resolve("jackson-databind-2.12.6.jar");
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(60);

    private static SecurityFixture instance;

    final Path root;
    final Path feed;
    final FeedServer server;
    final Path dataDirectory;
    final UpdateResult update;

    private SecurityFixture() throws IOException {
        root = Files.createTempDirectory("delivery-gates-security-test-");
        feed = NvdFeed.write(root.resolve("feed"), NvdFeed.RECORDS);
        server = new FeedServer(feed);
        dataDirectory = root.resolve("data");
        update = new DatabaseUpdater().update(updateRequest(dataDirectory, server.url()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            deleteRecursively(root);
        }));
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temp folder left behind at JVM exit is not worth failing for
        }
    }

    static synchronized SecurityFixture get() {
        if (instance == null) {
            try {
                instance = new SecurityFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static UpdateRequest updateRequest(Path dataDirectory, String feedUrl) {
        return new UpdateRequest(dataDirectory, feedUrl, null, null, null, LOCK_TIMEOUT);
    }

    ScanRequest scanRequest(Path reports, List<Path> paths, List<Path> suppressions, Set<ReportFormat> formats) {
        return new ScanRequest(dataDirectory, paths, suppressions, reports, formats, "fixture", true, false,
                LOCK_TIMEOUT);
    }

    ScanRequest scanRequest(Path reports, Path... paths) {
        return scanRequest(reports, List.of(paths), List.of(), Set.of());
    }
}
