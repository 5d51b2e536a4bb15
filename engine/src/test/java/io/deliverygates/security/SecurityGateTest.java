package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityGateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T23:00:00Z");
    private static final Finding LOG4SHELL = new Finding("CVE-2021-44228", "log4j-core-2.14.1.jar", "", 10.0,
            ScoreSource.CVSS_V3, Severity.CRITICAL, "", false);
    private static final Finding JDBC = new Finding("CVE-2021-44832", "log4j-core-2.14.1.jar", "", 6.6,
            ScoreSource.CVSS_V3, Severity.MEDIUM, "", false);
    private static final Finding COLLECTIONS = new Finding("CVE-2015-6420", "commons-collections-3.2.1.jar", "", 7.5,
            ScoreSource.CVSS_V2, Severity.HIGH, "", false);
    private static final List<Finding> FINDINGS = List.of(JDBC, LOG4SHELL, COLLECTIONS);

    @Test
    void maxCvssAndSeverityThresholdsDecideWithTheirCriticality() {
        assertThat(evaluate(policy(10.0, null, Criticality.FAILURE), null).summary().status())
                .isEqualTo(GateStatus.PASSED);
        SecurityGateResult unstable = evaluate(policy(9.9, null, Criticality.UNSTABLE), null);
        assertThat(unstable.summary().status()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(unstable.summary().violations()).containsExactly(
                "finding CVE-2021-44228 in log4j-core-2.14.1.jar has CVSS v3 10.0, above the maximum 9.9");
        SecurityGateResult failed = evaluate(policy(null, Severity.HIGH, Criticality.FAILURE), null);
        assertThat(failed.summary().status()).isEqualTo(GateStatus.FAILED);
        assertThat(failed.summary().violations()).containsExactly("2 finding(s) of severity HIGH or worse");
    }

    @Test
    void summaryCountsPerSeverityAndKeepsTheWorstFirst() {
        ScanSummary summary = evaluate(SecurityPolicy.reportOnly(), null).summary();

        assertThat(summary.total()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.HIGH, 1)
                .containsEntry(Severity.MEDIUM, 1).containsEntry(Severity.LOW, 0);
        assertThat(summary.newFindings()).isEqualTo(summary.total());
        assertThat(summary.maxCvss()).isEqualTo(10.0);
        assertThat(summary.maxCvssSource()).isEqualTo(ScoreSource.CVSS_V3);
        assertThat(summary.top()).containsExactly(LOG4SHELL, COLLECTIONS, JDBC);
        assertThat(summary.findingKeys()).containsExactlyInAnyOrder("CVE-2021-44228@log4j-core-2.14.1.jar",
                "CVE-2021-44832@log4j-core-2.14.1.jar", "CVE-2015-6420@commons-collections-3.2.1.jar");
    }

    @Test
    void newOnlyLooksAtFindingsTheReferenceBuildDidNotHave() {
        ScanSummary reference = new SecurityGate(SecurityPolicy.reportOnly())
                .evaluate(List.of(LOG4SHELL, JDBC), 1, null, TODAY, NOW).summary();
        SecurityPolicy newHigh = new SecurityPolicy(null, Severity.HIGH, true, Criticality.UNSTABLE, Set.of(), List.of());

        SecurityGateResult result = evaluate(newHigh, reference);

        assertThat(result.newFindings()).containsExactly(COLLECTIONS);
        assertThat(result.summary().newCount()).isEqualTo(1);
        assertThat(result.summary().totalCount()).isEqualTo(3);
        assertThat(result.summary().violations()).containsExactly("1 new finding(s) of severity HIGH or worse");
        assertThat(new SecurityGate(newHigh).evaluate(List.of(LOG4SHELL), 1, reference, TODAY, NOW).summary().status())
                .isEqualTo(GateStatus.PASSED);
    }

    @Test
    void allowListHidesUntilItsExpiryDayAndThenReportsTheExpiredEntry() {
        SecurityPolicy allowUntilToday = withAllow(new AllowEntry("CVE-2021-44228", TODAY));
        SecurityGateResult allowed = evaluate(allowUntilToday, null);
        assertThat(allowed.allowed()).containsExactly(LOG4SHELL);
        assertThat(allowed.summary().status()).isEqualTo(GateStatus.PASSED);
        assertThat(allowed.summary().expiredAllowEntries()).isEmpty();

        SecurityPolicy expiredYesterday = withAllow(new AllowEntry("CVE-2021-44228", TODAY.minusDays(1)));
        SecurityGateResult expired = evaluate(expiredYesterday, null);
        assertThat(expired.allowed()).isEmpty();
        assertThat(expired.summary().status()).isEqualTo(GateStatus.FAILED);
        assertThat(expired.summary().expiredAllowEntries()).containsExactly(
                new AllowEntry("CVE-2021-44228", TODAY.minusDays(1)));
    }

    @Test
    void denyListFailsEvenWhenTheFindingIsSuppressedOrAllowed() {
        Finding suppressed = new Finding("CVE-2021-44832", "log4j-core-2.14.1.jar", "", 6.6, ScoreSource.CVSS_V3,
                Severity.MEDIUM, "", true);
        SecurityPolicy policy = new SecurityPolicy(null, null, false, Criticality.UNSTABLE,
                Set.of("cve-2021-44832", "CVE-2021-44228"), List.of(new AllowEntry("CVE-2021-44228", TODAY)));

        SecurityGateResult result = new SecurityGate(policy).evaluate(List.of(suppressed, LOG4SHELL), 1, null, TODAY,
                NOW);

        assertThat(result.summary().status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.summary().violations()).containsExactly(
                "CVE-2021-44228 in log4j-core-2.14.1.jar is on the deny list",
                "CVE-2021-44832 in log4j-core-2.14.1.jar is on the deny list");
        assertThat(result.suppressed()).containsExactly(suppressed);
        assertThat(result.summary().suppressed()).isEqualTo(1);
    }

    @Test
    void parametersAreValidated() {
        assertThat(AllowEntry.parse("allow", " cve-2021-44228 = 2026-12-31"))
                .isEqualTo(new AllowEntry("CVE-2021-44228", LocalDate.of(2026, 12, 31)));
        assertThatThrownBy(() -> AllowEntry.parse("allow", "CVE-2021-44228")).isInstanceOf(InputException.class)
                .hasMessageContaining("allow").hasMessageContaining("expiry");
        assertThatThrownBy(() -> AllowEntry.parse("allow", "CVE-2021-44228=soon")).isInstanceOf(InputException.class)
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> policy(11.0, null, Criticality.FAILURE)).isInstanceOf(InputException.class)
                .hasMessageContaining("maxCvss");
        assertThat(Severity.parse("fail-on", "high")).isEqualTo(Severity.HIGH);
        assertThatThrownBy(() -> Severity.parse("fail-on", "urgent")).hasMessageContaining("fail-on");
        assertThat(ReportFormat.parseList("formats", "html, SARIF")).containsExactlyInAnyOrder(ReportFormat.HTML,
                ReportFormat.SARIF);
        assertThatThrownBy(() -> ReportFormat.parseList("formats", "pdf")).hasMessageContaining("pdf");
        assertThat(Severity.ofCvssV2(9.3)).isEqualTo(Severity.HIGH);
        assertThat(Severity.ofCvssV3(3.9)).isEqualTo(Severity.LOW);
    }

    /** Issue #11, item 8: 9.8 is not "above the maximum 9.8" when the limit is 9.75. */
    @Test
    void theLimitIsPrintedAsGiven() {
        assertThat(evaluate(policy(9.75, null, Criticality.FAILURE), null).summary().violations()).containsExactly(
                "finding CVE-2021-44228 in log4j-core-2.14.1.jar has CVSS v3 10.0, above the maximum 9.75");
        assertThat(evaluate(policy(9.0, null, Criticality.FAILURE), null).summary().violations()).containsExactly(
                "finding CVE-2021-44228 in log4j-core-2.14.1.jar has CVSS v3 10.0, above the maximum 9.0");
        assertThat(SecurityGate.asGiven(7)).isEqualTo("7.0");
        assertThat(SecurityGate.asGiven(8.125)).isEqualTo("8.125");
    }

    /** Issue #11, item 8: UNSCORED is the lowest threshold, so a finding without any CVSS score still counts. */
    @Test
    void unscoredAsAThresholdCountsEveryFindingAlsoOnesWithoutAScore() {
        Finding unscored = new Finding("GHSA-jfh8-c2jp-5v3q", "app.jar", "", 0, ScoreSource.NONE, Severity.UNSCORED,
                "", false);
        SecurityPolicy any = new SecurityPolicy(null, Severity.parse("failOnSeverity", "unscored"), false,
                Criticality.FAILURE, Set.of(), List.of());

        SecurityGateResult result = new SecurityGate(any).evaluate(List.of(unscored), 1, null, TODAY, NOW);

        assertThat(result.summary().status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.summary().violations()).containsExactly("1 finding(s) of severity UNSCORED or worse");
        assertThatThrownBy(() -> Severity.parse("--fail-on-severity", "urgent")).hasMessageContaining("UNSCORED");
    }

    /** Issue #11, item 8: ids are checked, so a typo cannot silently deny or allow nothing. */
    @Test
    void denyAndAllowIdsMustBeIds() {
        assertThatThrownBy(() -> new SecurityPolicy(null, null, false, Criticality.FAILURE, Set.of("not an id"),
                List.of())).isInstanceOf(InputException.class).hasMessageContaining("denyList", "not an id");
        assertThatThrownBy(() -> AllowEntry.parse("--allow", "CVE 2021=2027-01-01"))
                .isInstanceOf(InputException.class).hasMessageContaining("--allow");
        assertThat(SecurityPolicy.requireId("--deny", " cve-2021-44228 ")).isEqualTo("CVE-2021-44228");
        assertThat(SecurityPolicy.requireId("--deny", "GHSA-jfh8-c2jp-5v3q")).isEqualTo("GHSA-JFH8-C2JP-5V3Q");
    }

    private static SecurityGateResult evaluate(SecurityPolicy policy, ScanSummary reference) {
        return new SecurityGate(policy).evaluate(FINDINGS, 2, reference, TODAY, NOW);
    }

    private static SecurityPolicy policy(Double maxCvss, Severity failOn, Criticality criticality) {
        return new SecurityPolicy(maxCvss, failOn, false, criticality, Set.of(), List.of());
    }

    private static SecurityPolicy withAllow(AllowEntry entry) {
        return new SecurityPolicy(9.0, null, false, Criticality.FAILURE, Set.of(), List.of(entry));
    }
}
