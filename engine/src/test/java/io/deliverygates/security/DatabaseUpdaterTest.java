package io.deliverygates.security;

import static io.deliverygates.security.DependencyScannerTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseUpdaterTest {
    private final SecurityFixture fixture = SecurityFixture.get();
    private final DatabaseUpdater updater = new DatabaseUpdater();

    @TempDir
    Path temp;

    @Test
    void theFixturesUpdateFilledTheDatabaseAndASecondUpdateChecksTheFeedAgain() {
        assertThat(fixture.update.changed()).isTrue();
        assertThat(fixture.update.databaseBytes()).isPositive();
        int checks = fixture.server.requests(FeedCheck.CACHE_PROPERTIES);

        UpdateResult again = updater.update(SecurityFixture.updateRequest(fixture.dataDirectory, fixture.server.url()));

        // dependency-check reloads a feed that lacks most years each time; a full NVD mirror would be "unchanged"
        assertThat(again.skipped()).isFalse();
        assertThat(fixture.server.requests(FeedCheck.CACHE_PROPERTIES)).isGreaterThan(checks);
        assertThat(again.databaseBytes()).isPositive();
    }

    @Test
    void unreachableFeedIsAClearErrorNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/";

        assertProblem(() -> updater.update(SecurityFixture.updateRequest(temp.resolve("data"), url)),
                Problem.UNAVAILABLE, url);
    }

    @Test
    void corruptFeedIsAClearErrorNamingTheFile() throws IOException {
        Path feed = NvdFeed.write(temp.resolve("feed"), NvdFeed.RECORDS);
        Files.write(feed.resolve("nvdcve-2021.json.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 'n', 'o', 't'});
        try (FeedServer server = new FeedServer(feed)) {
            assertProblem(() -> updater.update(SecurityFixture.updateRequest(temp.resolve("data"), server.url())),
                    Problem.MALFORMED, server.url() + "nvdcve-2021.json.gz");
        }
    }

    /**
     * Tests run as root, and root ignores permission bits: a data directory below a regular file is one that no
     * user can create, which is what a read-only location looks like to the updater.
     */
    @Test
    void dataDirectoryThatCannotBeCreatedIsNamed() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Path dataDirectory = file.resolve("data");

        assertProblem(() -> updater.update(SecurityFixture.updateRequest(dataDirectory, fixture.server.url())),
                Problem.UNREADABLE, dataDirectory.toString());
        assertProblem(() -> new DependencyScanner().scan(new ScanRequest(dataDirectory,
                List.of(SecurityFixture.LOG4J_2_17_1), List.of(), temp.resolve("reports"), null, null, false, false,
                Duration.ofSeconds(5))), Problem.UNAVAILABLE, dataDirectory.toString());
    }

    /**
     * Inside Jenkins a thread's context class loader does not see the plugin's libraries, and dependency-check reads
     * its services and resources through it (found by plugin/src/it/real-jenkins.sh, see {@link EngineClassLoader}).
     */
    @Test
    void updateAndScanFindDependencyChecksServicesWhateverTheThreadsContextClassLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            UpdateResult update = updater.update(SecurityFixture.updateRequest(temp.resolve("data"),
                    fixture.server.url()));
            ScanOutcome scan = new DependencyScanner().scan(fixture.scanRequest(temp.resolve("reports"),
                    SecurityFixture.LOG4J_2_14_1));

            assertThat(update.changed()).isTrue();
            assertThat(scan.findings()).extracting(Finding::id).contains("CVE-2021-44228");
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    void aRunningScanKeepsTheUpdateOut() {
        UpdateRequest impatient = new UpdateRequest(fixture.dataDirectory, fixture.server.url(), null, null, null,
                Duration.ofMillis(200));
        try (LockHolder scan = new LockHolder(lock -> lock.shared(Duration.ofSeconds(60)))) {
            assertProblem(() -> updater.update(impatient), Problem.UNAVAILABLE, fixture.dataDirectory.toString());
        }
    }

    @Test
    void theApiKeyNeverAppearsInTheRequestsText() {
        UpdateRequest request = new UpdateRequest(temp, null, "secret-key-123", null, null, Duration.ofSeconds(1));

        assertThat(request.toString()).doesNotContain("secret-key-123").contains("****");
        assertThat(request.source()).isEqualTo("the NVD API");
    }
}
