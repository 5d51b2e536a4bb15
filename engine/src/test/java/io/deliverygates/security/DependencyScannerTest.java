package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyScannerTest {
    private final SecurityFixture fixture = SecurityFixture.get();

    @TempDir
    Path reports;

    @Test
    void findsExactlyTheFeedsCvesInRealVulnerableJars() {
        ScanOutcome outcome = new DependencyScanner().scan(fixture.scanRequest(reports,
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
        assertThat(outcome.dependencies()).isEqualTo(3);
        assertThat(outcome.waitedForDatabase()).isFalse();
    }
}
