package io.deliverygates.security;

import static io.deliverygates.security.DependencyScannerTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scan, gate and reports together, on the real database and jars. */
class SecurityScanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T23:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final SecurityFixture fixture = SecurityFixture.get();
    private final SecurityScan scan = new SecurityScan(new DependencyScanner(), CLOCK);

    @TempDir
    Path reports;

    @Test
    void gateOnRealFindingsWithAllowListExpiryAndStoredSummaryForTheNextBuild() throws IOException {
        SecurityPolicy policy = new SecurityPolicy(9.0, null, false, Criticality.UNSTABLE, Set.of(), List.of(
                new AllowEntry("CVE-2021-44228", TODAY), new AllowEntry("CVE-2015-7501", TODAY.minusDays(1))));

        SecurityGateResult first = scan.run(fixture.scanRequest(reports, SecurityFixture.LOG4J_2_14_1,
                SecurityFixture.COLLECTIONS_3_2_1), policy, null);

        assertThat(first.allowed()).extracting(Finding::id).containsExactly("CVE-2021-44228");
        assertThat(first.active()).extracting(Finding::id)
                .containsExactly("CVE-2015-7501", "CVE-2015-6420", "CVE-2021-44832");
        assertThat(first.summary().status()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(first.summary().violations()).containsExactly(
                "finding CVE-2015-7501 in commons-collections-3.2.1.jar has CVSS v3 9.8, above the maximum 9.0");
        assertThat(first.summary().expiredAllowEntries()).extracting(AllowEntry::id).containsExactly("CVE-2015-7501");

        Path summaryFile = reports.resolve(ScanSummary.FILE_NAME);
        ScanSummary stored = ScanSummary.read(summaryFile);
        assertThat(stored).isEqualTo(first.summary());
        assertThat(ScanSummary.fromJson(first.summary().toJson(), "build.xml")).isEqualTo(first.summary());
        String html = Files.readString(reports.resolve(SecurityScan.GATE_REPORT));
        assertThat(html).contains("Security gate: UNSTABLE", "CVE-2015-7501", "expired on 2026-11-25");

        SecurityGateResult second = scan.run(fixture.scanRequest(reports.resolve("next"), SecurityFixture.LOG4J_2_14_1,
                SecurityFixture.COLLECTIONS_3_2_1, SecurityFixture.JACKSON_2_12_6), policy, stored);

        assertThat(second.newFindings()).extracting(Finding::id).containsExactly("CVE-2020-36518");
        assertThat(second.summary().newFindings()).containsEntry(Severity.HIGH, 1).containsEntry(Severity.CRITICAL, 0);
    }

    @Test
    void denyListFailsAnEvenOtherwisePassingScan() {
        SecurityPolicy deny = new SecurityPolicy(null, null, false, Criticality.UNSTABLE, Set.of("CVE-2020-36518"),
                List.of());

        SecurityGateResult result = scan.run(fixture.scanRequest(reports, SecurityFixture.JACKSON_2_12_6), deny, null);

        assertThat(result.summary().status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.summary().violations()).containsExactly(
                "CVE-2020-36518 in jackson-databind-2.12.6.jar is on the deny list");
    }

    @Test
    void unreadableReferenceSummariesAreNamed() throws IOException {
        Path empty = Files.createFile(reports.resolve("empty.json"));
        Path broken = Files.writeString(reports.resolve("broken.json"), "{\"status\":");
        Path other = Files.writeString(reports.resolve("other.json"), "{\"name\":\"x\"}");

        assertProblem(() -> ScanSummary.read(empty), Problem.EMPTY, empty.toString());
        assertProblem(() -> ScanSummary.read(broken), Problem.MALFORMED, broken.toString());
        assertProblem(() -> ScanSummary.read(other), Problem.WRONG_FORMAT, other.toString());
        assertProblem(() -> ScanSummary.read(reports.resolve("none.json")), Problem.NOT_FOUND, "none.json");
        assertProblem(() -> ScanSummary.fromJson("[1,", "build.xml"), Problem.MALFORMED, "build.xml");
    }
}
