package io.deliverygates.security;

import static io.deliverygates.security.DependencyScannerTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #11, items 1-3: no failed, skipped or wrongly fed update ever becomes a database that scans use. */
class FailClosedUpdateTest {
    private static final String YEAR_2021 = "nvdcve-2021.json.gz";

    private final SecurityFixture fixture = SecurityFixture.get();
    private final DatabaseUpdater updater = new DatabaseUpdater();

    @TempDir
    Path temp;

    /** The reproduction: a feed whose 2021 file is cut in half, then a scan with log4j 2.14.1. */
    @Test
    void aTruncatedYearFileIsRefusedNamingItAndTheScanAfterwardsDoesNotPass() throws IOException {
        Path feed = NvdFeed.write(temp.resolve("feed"), NvdFeed.RECORDS);
        byte[] whole = Files.readAllBytes(feed.resolve(YEAR_2021));
        Files.write(feed.resolve(YEAR_2021), Arrays.copyOf(whole, whole.length / 2));
        Path data = temp.resolve("data");
        try (FeedServer server = new FeedServer(feed)) {
            assertProblem(() -> updater.update(SecurityFixture.updateRequest(data, server.url())), Problem.MALFORMED,
                    server.url() + YEAR_2021);
        }

        assertThatThrownBy(() -> new DependencyScanner().scan(scanOf(data, SecurityFixture.LOG4J_2_14_1)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNAVAILABLE);
                    assertThat(e.getMessage()).contains(data.toString(), "run the update");
                });
    }

    @Test
    void feedFilesInAWrongFormatAreErrorsNamingTheFile() throws IOException {
        assertFeedRefused(YEAR_2021, "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>"
                .getBytes(StandardCharsets.UTF_8), Problem.WRONG_FORMAT, "not gzip-compressed");
        assertFeedRefused(YEAR_2021, gzip("{\"CVE_data_type\":\"CVE\",\"CVE_data_format\":\"MITRE\","
                + "\"CVE_data_version\":\"4.0\",\"CVE_Items\":[{\"cve\":{\"CVE_data_meta\":{\"ID\":\"CVE-2021-44228\"}}}]}"),
                Problem.WRONG_FORMAT, "legacy NVD 1.1");
        assertFeedRefused(YEAR_2021, new byte[0], Problem.MALFORMED, "empty");
        assertFeedRefused(YEAR_2021, gzip("{\"resultsPerPage\":0,\"format\":\"NVD_CVE\",\"vulnerabilities\":[]}"),
                Problem.WRONG_FORMAT, "holds no CVE records");
        assertFeedRefused(YEAR_2021, gzip("{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2021-44228\"}},"),
                Problem.MALFORMED, "not readable JSON");
        assertFeedRefused(FeedCheck.CACHE_PROPERTIES, "<html>login</html>".getBytes(StandardCharsets.UTF_8),
                Problem.WRONG_FORMAT, "lastModifiedDate");
    }

    @Test
    void aDatabaseWhoseLastUpdateDidNotCompleteIsNeverScanned() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        // what an update killed or failed half-way leaves: a database file without the completion marker
        Files.copy(fixture.dataDirectory.resolve(DependencyScanner.DATABASE_FILE),
                data.resolve(DependencyScanner.DATABASE_FILE));

        assertThatThrownBy(() -> new DependencyScanner().scan(scanOf(data, SecurityFixture.LOG4J_2_14_1)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNAVAILABLE);
                    assertThat(e.getMessage()).contains(data.toString(), "did not complete",
                            "delivery-gates update --data-dir " + data);
                });
    }

    /**
     * A mirror that changes under the reader: the check reads a good 2021 file, dependency-check then gets half of
     * it and fails. The good database and its marker must come through byte for byte, every time (the database
     * used to lose stored CVEs in about one such run in eight).
     */
    @Test
    void aFailedUpdateOverAGoodDatabaseLeavesItIntactAndUsable() throws IOException {
        Path data = temp.resolve("data");
        Path feed = NvdFeed.write(temp.resolve("feed"), NvdFeed.RECORDS);
        try (FeedServer server = new FeedServer(feed)) {
            updater.update(SecurityFixture.updateRequest(data, server.url()));
        }
        String database = sha256(data.resolve(DependencyScanner.DATABASE_FILE));
        String marker = Files.readString(UpdateMarker.file(data));
        Path newer = NvdFeed.write(temp.resolve("newer"), NvdFeed.RECORDS);
        Files.writeString(newer.resolve(FeedCheck.CACHE_PROPERTIES), Files.readString(
                newer.resolve(FeedCheck.CACHE_PROPERTIES)).replace("2026-11-26T22\\:40\\:21Z", "2026-11-27T08\\:00\\:00Z"));
        byte[] whole = Files.readAllBytes(newer.resolve(YEAR_2021));

        for (int run = 0; run < 10; run++) {
            try (FeedServer flaky = new FeedServer(newer)) {
                flaky.serveLater(YEAR_2021, Arrays.copyOf(whole, whole.length / 2));

                assertProblem(() -> updater.update(SecurityFixture.updateRequest(data, flaky.url())),
                        Problem.UNAVAILABLE, flaky.url());
                assertThat(flaky.requests(YEAR_2021)).as("dependency-check read the changed file").isEqualTo(2);
            }
            assertThat(sha256(data.resolve(DependencyScanner.DATABASE_FILE))).isEqualTo(database);
            assertThat(Files.readString(UpdateMarker.file(data))).isEqualTo(marker);
            assertThat(data.resolve(DatabaseUpdater.STAGING)).doesNotExist();
        }
        ScanOutcome outcome = new DependencyScanner().scan(scanOf(data, SecurityFixture.LOG4J_2_14_1));
        assertThat(outcome.findings()).extracting(Finding::id).containsExactly("CVE-2021-44228", "CVE-2021-44832");
    }

    @Test
    void updateChecksTheFeedEveryTimeByDefaultAndSkipsOnlyWithinAnIntervalAskedFor() throws IOException {
        Path data = temp.resolve("data");
        try (FeedServer server = new FeedServer(NvdFeed.write(temp.resolve("feed"), NvdFeed.RECORDS))) {
            UpdateResult first = updater.update(SecurityFixture.updateRequest(data, server.url()));
            UpdateResult second = updater.update(SecurityFixture.updateRequest(data, server.url()));

            assertThat(first.changed()).isTrue();
            assertThat(second.skipped()).isFalse();
            assertThat(server.requests(FeedCheck.CACHE_PROPERTIES)).as("checked twice").isGreaterThanOrEqualTo(4);

            int before = server.requests(FeedCheck.CACHE_PROPERTIES);
            UpdateRequest withinFourHours = new UpdateRequest(data, server.url(), null, null, null,
                    SecurityFixture.LOCK_TIMEOUT, Duration.ofHours(4));
            UpdateResult skipped = updater.update(withinFourHours);
            assertThat(skipped.skipped()).isTrue();
            assertThat(skipped.skippedSince()).isBeforeOrEqualTo(Instant.now());
            assertThat(server.requests(FeedCheck.CACHE_PROPERTIES)).isEqualTo(before);

            Clock fiveHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(5)), ZoneOffset.UTC);
            UpdateResult later = new DatabaseUpdater(fiveHoursLater).update(withinFourHours);
            assertThat(later.skipped()).isFalse();
            assertThat(server.requests(FeedCheck.CACHE_PROPERTIES)).isGreaterThan(before);
        }
        assertProblem(() -> new UpdateRequest(data, null, null, null, null, Duration.ofSeconds(1),
                Duration.ofHours(-1)), Problem.INVALID_PARAMETER, "validForHours");
    }

    private void assertFeedRefused(String file, byte[] content, Problem problem, String detail) throws IOException {
        Path feed = NvdFeed.write(Files.createTempDirectory(temp, "feed"), NvdFeed.RECORDS);
        Files.write(feed.resolve(file), content);
        Path data = Files.createTempDirectory(temp, "data");
        try (FeedServer server = new FeedServer(feed)) {
            assertThatThrownBy(() -> updater.update(SecurityFixture.updateRequest(data, server.url())))
                    .as(detail).isInstanceOfSatisfying(InputException.class, e -> {
                        assertThat(e.problem()).isEqualTo(problem);
                        assertThat(e.getMessage()).contains(server.url() + file, detail);
                    });
        }
        assertThat(data.resolve(DependencyScanner.DATABASE_FILE)).doesNotExist();
    }

    private ScanRequest scanOf(Path data, Path jar) {
        return new ScanRequest(data, List.of(jar), List.of(), temp.resolve("reports"), Set.of(), "x", false, false,
                SecurityFixture.LOCK_TIMEOUT);
    }

    private static byte[] gzip(String json) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
