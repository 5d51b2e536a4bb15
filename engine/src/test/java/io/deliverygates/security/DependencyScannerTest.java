package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DependencyScannerTest {
    static final String SUPPRESSION_NS = "https://jeremylong.github.io/DependencyCheck/dependency-suppression.1.4.xsd";

    private final SecurityFixture fixture = SecurityFixture.get();
    private final DependencyScanner scanner = new DependencyScanner();

    @TempDir
    Path reports;

    @Test
    void findsExactlyTheFeedsCvesInRealVulnerableJars() {
        ScanOutcome outcome = scanner.scan(fixture.scanRequest(reports,
                SecurityFixture.LOG4J_2_14_1, SecurityFixture.COLLECTIONS_3_2_1, SecurityFixture.JACKSON_2_12_6));

        assertThat(outcome.findings())
                .extracting(Finding::id, Finding::dependency, Finding::score, Finding::scoreSource, Finding::severity)
                .containsExactly(
                        tuple("CVE-2021-44228", "log4j-core-2.14.1.jar", 10.0, ScoreSource.CVSS_V3, Severity.CRITICAL),
                        tuple("CVE-2015-7501", "commons-collections-3.2.1.jar", 9.8, ScoreSource.CVSS_V3,
                                Severity.CRITICAL),
                        tuple("CVE-2015-6420", "commons-collections-3.2.1.jar", 7.5, ScoreSource.CVSS_V2, Severity.HIGH),
                        tuple("CVE-2020-36518", "jackson-databind-2.12.6.jar", 7.5, ScoreSource.CVSS_V3, Severity.HIGH),
                        tuple("CVE-2021-44832", "log4j-core-2.14.1.jar", 6.6, ScoreSource.CVSS_V3, Severity.MEDIUM));
        assertThat(outcome.findings().get(0).vector()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
        assertThat(outcome.findings().get(0).packageId()).isEqualTo("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
        assertThat(outcome.findings()).noneMatch(Finding::suppressed);
        assertThat(outcome.dependencies()).isEqualTo(3);
        assertThat(outcome.waitedForDatabase()).isFalse();
    }

    @Test
    void doesNotReportTheFixedVersion() {
        ScanOutcome outcome = scanner.scan(fixture.scanRequest(reports, SecurityFixture.LOG4J_2_17_1));

        assertThat(outcome.dependencies()).isEqualTo(1);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void writesDependencyChecksHtmlJsonAndSarifReports() throws IOException {
        ScanOutcome outcome = scanner.scan(fixture.scanRequest(reports, List.of(SecurityFixture.LOG4J_2_14_1),
                List.of(), EnumSet.allOf(ReportFormat.class)));

        assertThat(outcome.reports()).containsExactlyInAnyOrder(reports.resolve("dependency-check-report.html"),
                reports.resolve("dependency-check-report.json"), reports.resolve("dependency-check-report.sarif"));
        assertThat(Files.readString(reports.resolve("dependency-check-report.html"))).contains("CVE-2021-44228");
        assertThat(Files.readString(reports.resolve("dependency-check-report.json"))).contains("CVE-2021-44832");
        var sarif = io.deliverygates.common.Json.mapper().readTree(reports.resolve("dependency-check-report.sarif")
                .toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.toString()).contains("CVE-2021-44228");
    }

    @Test
    void suppressionFileHidesTheNamedCve() throws IOException {
        Path suppressions = Files.writeString(reports.resolve("suppressions.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <suppressions xmlns="%s">
                  <suppress>
                    <notes>Not reachable: no JDBC appender configured.</notes>
                    <packageUrl regex="true">^pkg:maven/org\\.apache\\.logging\\.log4j/log4j-core@.*$</packageUrl>
                    <cve>CVE-2021-44832</cve>
                  </suppress>
                </suppressions>
                """.formatted(SUPPRESSION_NS));

        ScanOutcome outcome = scanner.scan(fixture.scanRequest(reports, List.of(SecurityFixture.LOG4J_2_14_1),
                List.of(suppressions), Set.of()));

        assertThat(outcome.findings()).extracting(Finding::id, Finding::suppressed)
                .containsExactly(tuple("CVE-2021-44228", false), tuple("CVE-2021-44832", true));
    }

    @Test
    void refusesHostileForeignAndMissingSuppressionFiles() throws IOException {
        Path hostile = Files.writeString(reports.resolve("hostile.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE suppressions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <suppressions xmlns="%s">&xxe;</suppressions>
                """.formatted(SUPPRESSION_NS));
        Path foreign = Files.writeString(reports.resolve("pom.xml"), "<project/>");
        Path empty = Files.createFile(reports.resolve("empty.xml"));
        Path broken = Files.writeString(reports.resolve("broken.xml"), "<suppressions>");

        assertProblem(() -> scanSuppressed(hostile), Problem.UNSAFE, hostile.toString());
        assertProblem(() -> scanSuppressed(foreign), Problem.WRONG_FORMAT, foreign.toString());
        assertProblem(() -> scanSuppressed(reports.resolve("missing.xml")), Problem.NOT_FOUND, "missing.xml");
        assertProblem(() -> scanSuppressed(empty), Problem.EMPTY, empty.toString());
        assertProblem(() -> scanSuppressed(broken), Problem.MALFORMED, broken.toString());
    }

    @Test
    void scanWithoutDatabaseSaysToRunTheUpdateFirst(@TempDir Path empty) {
        ScanRequest request = new ScanRequest(empty, List.of(SecurityFixture.LOG4J_2_14_1), List.of(), reports,
                Set.of(ReportFormat.HTML), "x", false, false, Duration.ofSeconds(5));

        assertProblem(() -> scanner.scan(request), Problem.UNAVAILABLE, empty.toString());
        assertThatThrownBy(() -> scanner.scan(request)).hasMessageContaining("run the update first");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void scanOfAMissingPathNamesIt() {
        Path missing = reports.resolve("no-such.jar");

        assertProblem(() -> scanner.scan(fixture.scanRequest(reports, missing)), Problem.NOT_FOUND, missing.toString());
    }

    @Test
    void keepsTemporaryFilesInItsOwnTemporaryDirectoryAndLeavesItEmptyAfterPassingAndFailingScans(
            @TempDir Path temp) throws IOException {
        Path scanTemp = temp.resolve("scan-tmp"); // created by the first scan
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "a file");
        ScanRequest passing = fixture.scanRequest(reports, SecurityFixture.LOG4J_2_17_1).withTempDirectory(scanTemp);
        // fails after dependency-check copied the database into the temporary directory: reports cannot be written
        ScanRequest failing = fixture.scanRequest(notAFolder.resolve("reports"), List.of(SecurityFixture.LOG4J_2_17_1),
                List.of(), Set.of(ReportFormat.HTML)).withTempDirectory(scanTemp);

        assertThat(scanner.scan(passing).dependencies()).isEqualTo(1);
        assertThat(scanTemp).isEmptyDirectory();
        assertProblem(() -> scanner.scan(failing), Problem.UNREADABLE, notAFolder.toString());
        assertThat(scanTemp).isEmptyDirectory();
        assertProblem(() -> scanner.scan(passing.withTempDirectory(notAFolder)), Problem.UNREADABLE,
                notAFolder.toString());
    }

    @Test
    @Timeout(120) // a hang guard only: dependency-check's own lock would wait 15 s per try, up to 40 minutes
    void twoScansAtOnceBothGetTheirResultsWithoutWaitingForEachOther() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<ScanOutcome> first = CompletableFuture.supplyAsync(() -> awaitAndScan(start,
                SecurityFixture.LOG4J_2_14_1));
        CompletableFuture<ScanOutcome> second = CompletableFuture.supplyAsync(() -> awaitAndScan(start,
                SecurityFixture.COLLECTIONS_3_2_1));
        start.countDown();

        assertThat(first.get().findings()).extracting(Finding::id).containsExactly("CVE-2021-44228", "CVE-2021-44832");
        assertThat(second.get().findings()).extracting(Finding::id).containsExactly("CVE-2015-7501", "CVE-2015-6420");
        assertThat(first.get().waitedForDatabase()).isFalse();
        assertThat(second.get().waitedForDatabase()).isFalse();
    }

    @Test
    @Timeout(120)
    void dependencyChecksOwnUpdateLockInTheSharedDirectoryDoesNotBlockScans() throws IOException {
        Path foreignLock = Files.writeString(fixture.dataDirectory.resolve("odc.update.lock"), "another process");
        try {
            ScanOutcome outcome = scanner.scan(fixture.scanRequest(reports, SecurityFixture.JACKSON_2_12_6));

            assertThat(outcome.findings()).extracting(Finding::id).containsExactly("CVE-2020-36518");
        } finally {
            Files.delete(foreignLock);
        }
    }

    @Test
    void aRunningUpdateKeepsScansOutAndTheyGiveUpWithAClearError() {
        ScanRequest impatient = new ScanRequest(fixture.dataDirectory, List.of(SecurityFixture.LOG4J_2_17_1),
                List.of(), reports, Set.of(), "x", false, false, Duration.ofMillis(200));
        try (LockHolder update = new LockHolder(lock -> lock.exclusive(Duration.ofSeconds(60)))) {
            assertProblem(() -> scanner.scan(impatient), Problem.UNAVAILABLE, fixture.dataDirectory.toString());
        }
        assertThat(scanner.scan(impatient).dependencies()).isEqualTo(1);
    }

    private ScanOutcome awaitAndScan(CountDownLatch start, Path jar) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return scanner.scan(fixture.scanRequest(reports.resolve(jar.getFileName().toString()), jar));
    }

    private ScanOutcome scanSuppressed(Path suppressions) {
        return scanner.scan(fixture.scanRequest(reports, List.of(SecurityFixture.LOG4J_2_14_1),
                List.of(suppressions), Set.of()));
    }

    static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem problem,
            String source) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).contains(source);
        });
    }
}
