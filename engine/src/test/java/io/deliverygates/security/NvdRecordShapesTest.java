package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliverygates.common.Criticality;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes the NVD API 2.0 publishes that the main fixture does not have, served on 127.0.0.1 and put into a
 * real database by dependency-check: a CVE scored only with CVSS v4.0 (a CNA's Secondary metric, as the NVD shows
 * for CVEs it has not analysed yet), one without any metric (undergoing analysis), one with two CVSS v3.1 metrics
 * where the CNA's Secondary is listed before the NVD's Primary, one with a CVSS v3.0 metric only, a REJECTED one,
 * and a configuration whose second node is a platform with {@code vulnerable: false}. Ids, CPEs and version
 * ranges are those of real CVEs of these libraries; the metric blocks are arranged to cover each shape.
 */
class NvdRecordShapesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T23:00:00Z"), ZoneOffset.UTC);
    private static Path root;
    private static FeedServer server;
    private static Path data;

    @TempDir
    Path reports;

    @BeforeAll
    static void updateFromAFeedOfTheseShapes() throws IOException {
        root = Files.createTempDirectory("nvd-shapes-");
        server = new FeedServer(NvdFeed.writeRecords(root.resolve("feed"), List.of(
                record("""
                        {"id":"CVE-2025-68161","vulnStatus":"Awaiting Analysis",
                         "metrics":{"cvssMetricV40":[{"source":"security@apache.org","type":"Secondary",
                           "cvssData":{"vectorString":"CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N",
                             "baseScore":6.3}}]},
                         "configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[
                           {"vulnerable":true,"criteria":"cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*",
                            "versionStartIncluding":"2.0.1","versionEndExcluding":"2.25.3"}]}]}]}"""),
                record("""
                        {"id":"CVE-2022-42004","vulnStatus":"Undergoing Analysis","metrics":{},
                         "configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[
                           {"vulnerable":true,"criteria":"cpe:2.3:a:fasterxml:jackson-databind:*:*:*:*:*:*:*:*",
                            "versionEndExcluding":"2.12.7.1"}]}]}]}"""),
                record("""
                        {"id":"CVE-2021-45105","vulnStatus":"Modified",
                         "metrics":{"cvssMetricV31":[
                           {"source":"security@apache.org","type":"Secondary","cvssData":{"vectorString":"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H","baseScore":5.9}},
                           {"source":"nvd@nist.gov","type":"Primary","cvssData":{"vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H","baseScore":7.5}}]},
                         "configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[
                           {"vulnerable":true,"criteria":"cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*",
                            "versionStartIncluding":"2.13.0","versionEndExcluding":"2.17.0"}]}]}]}"""),
                record("""
                        {"id":"CVE-2017-15708","vulnStatus":"Modified",
                         "metrics":{"cvssMetricV30":[{"source":"nvd@nist.gov","type":"Primary","cvssData":{"vectorString":"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                           "baseScore":9.8}}]},
                         "configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[
                           {"vulnerable":true,"criteria":"cpe:2.3:a:apache:commons_collections:*:*:*:*:*:*:*:*",
                            "versionEndIncluding":"3.2.1"}]}]}]}"""),
                record("""
                        {"id":"CVE-2023-35116","vulnStatus":"Rejected",
                         "descriptions":[{"lang":"en","value":"Rejected reason: This CVE ID has been rejected or withdrawn by its CVE Numbering Authority."}],
                         "metrics":{"cvssMetricV31":[{"source":"nvd@nist.gov","type":"Primary","cvssData":{"vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L",
                           "baseScore":4.7}}]},
                         "configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[
                           {"vulnerable":true,"criteria":"cpe:2.3:a:fasterxml:jackson-databind:*:*:*:*:*:*:*:*",
                            "versionEndIncluding":"2.15.2"}]}]}]}"""),
                record("""
                        {"id":"CVE-2021-45046","vulnStatus":"Modified",
                         "metrics":{"cvssMetricV31":[{"source":"nvd@nist.gov","type":"Primary","cvssData":{"vectorString":"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H",
                           "baseScore":9.0}}]},
                         "configurations":[{"operator":"AND","nodes":[
                           {"operator":"OR","negate":false,"cpeMatch":[
                             {"vulnerable":true,"criteria":"cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*",
                              "versionStartIncluding":"2.13.0","versionEndExcluding":"2.16.0"}]},
                           {"operator":"OR","negate":false,"cpeMatch":[
                             {"vulnerable":false,"criteria":"cpe:2.3:o:microsoft:windows:-:*:*:*:*:*:*:*"}]}]}]}"""))));
        data = root.resolve("data");
        new DatabaseUpdater().update(SecurityFixture.updateRequest(data, server.url()));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** A {@code cve} object with the fields every NVD record has around the given ones. */
    private static ObjectNode record(String json) {
        try {
            ObjectNode given = (ObjectNode) Json.mapper().readTree(json);
            ObjectNode cve = Json.mapper().createObjectNode();
            cve.put("id", given.get("id").asText()).put("sourceIdentifier", "security@apache.org")
                    .put("published", "2023-06-14T14:15:10.000").put("lastModified", "2025-02-04T15:15:14.000");
            cve.putArray("descriptions").addObject().put("lang", "en").put("value", "A vulnerability in a library.");
            cve.setAll(given);
            given.path("metrics").forEach(list -> list.forEach(metric -> complete((ObjectNode) metric.get("cvssData"))));
            cve.putArray("weaknesses");
            cve.putArray("references").addObject().put("url", "https://nvd.nist.gov/vuln/detail/" + cve.get("id")
                    .asText()).put("source", "nvd@nist.gov");
            return cve;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills in what the NVD writes next to a CVSS vector: the version, the severity and each metric by name. */
    private static void complete(ObjectNode data) {
        String vector = data.get("vectorString").asText();
        double score = data.get("baseScore").asDouble();
        String[] parts = vector.split("/");
        String version = parts[0].substring("CVSS:".length());
        data.put("version", version);
        data.put("baseSeverity", score == 0 ? "NONE" : score < 4 ? "LOW" : score < 7 ? "MEDIUM" : score < 9 ? "HIGH"
                : "CRITICAL");
        java.util.Map<String, String> names = version.equals("4.0")
                ? java.util.Map.ofEntries(java.util.Map.entry("AV", "attackVector"),
                        java.util.Map.entry("AC", "attackComplexity"), java.util.Map.entry("AT", "attackRequirements"),
                        java.util.Map.entry("PR", "privilegesRequired"), java.util.Map.entry("UI", "userInteraction"),
                        java.util.Map.entry("VC", "vulnConfidentialityImpact"),
                        java.util.Map.entry("VI", "vulnIntegrityImpact"),
                        java.util.Map.entry("VA", "vulnAvailabilityImpact"),
                        java.util.Map.entry("SC", "subConfidentialityImpact"),
                        java.util.Map.entry("SI", "subIntegrityImpact"),
                        java.util.Map.entry("SA", "subAvailabilityImpact"))
                : java.util.Map.of("AV", "attackVector", "AC", "attackComplexity", "PR", "privilegesRequired",
                        "UI", "userInteraction", "S", "scope", "C", "confidentialityImpact", "I", "integrityImpact",
                        "A", "availabilityImpact");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split(":");
            String value = switch (kv[0] + ":" + kv[1]) {
                case "AV:N" -> "NETWORK";
                case "AV:A" -> "ADJACENT_NETWORK";
                case "AV:L" -> "LOCAL";
                case "AV:P" -> "PHYSICAL";
                case "S:U" -> "UNCHANGED";
                case "S:C" -> "CHANGED";
                case "AT:P" -> "PRESENT";
                case "UI:R" -> "REQUIRED";
                case "UI:A" -> "ACTIVE";
                default -> switch (kv[1]) {
                    case "N" -> "NONE";
                    case "L" -> "LOW";
                    case "H" -> "HIGH";
                    case "P" -> "PASSIVE";
                    default -> throw new IllegalArgumentException(parts[i]);
                };
            };
            data.put(names.get(kv[0]), value);
        }
        if (version.equals("4.0")) {
            for (String notDefined : List.of("exploitMaturity", "confidentialityRequirement", "integrityRequirement",
                    "availabilityRequirement", "modifiedAttackVector", "modifiedAttackComplexity",
                    "modifiedAttackRequirements", "modifiedPrivilegesRequired", "modifiedUserInteraction",
                    "modifiedVulnConfidentialityImpact", "modifiedVulnIntegrityImpact",
                    "modifiedVulnAvailabilityImpact", "modifiedSubConfidentialityImpact",
                    "modifiedSubIntegrityImpact", "modifiedSubAvailabilityImpact", "Safety", "Automatable",
                    "Recovery", "valueDensity", "vulnerabilityResponseEffort", "providerUrgency")) {
                data.put(notDefined, "NOT_DEFINED");
            }
        }
    }

    private ScanRequest scanOf(Path... jars) {
        return new ScanRequest(data, List.of(jars), List.of(), reports, Set.of(), "shapes", true, false,
                SecurityFixture.LOCK_TIMEOUT);
    }

    @Test
    void eachShapeGivesTheDocumentedScore() {
        ScanOutcome outcome = new DependencyScanner().scan(scanOf(SecurityFixture.LOG4J_2_14_1,
                SecurityFixture.JACKSON_2_12_6, SecurityFixture.COLLECTIONS_3_2_1));

        assertThat(outcome.findings())
                .extracting(Finding::id, Finding::score, Finding::scoreSource, Finding::severity)
                .containsExactly(
                        // CVSS v3.0 is a v3.x score
                        tuple("CVE-2017-15708", 9.8, ScoreSource.CVSS_V3, Severity.CRITICAL),
                        // a vulnerable library AND a platform marked vulnerable=false: the library is reported
                        tuple("CVE-2021-45046", 9.0, ScoreSource.CVSS_V3, Severity.CRITICAL),
                        // the NVD's Primary score, not the CNA's Secondary one listed before it
                        tuple("CVE-2021-45105", 7.5, ScoreSource.CVSS_V3, Severity.HIGH),
                        // only a CVSS v4.0 score: that score, not "unscored"
                        tuple("CVE-2025-68161", 6.3, ScoreSource.CVSS_V4, Severity.MEDIUM),
                        // no metric at all: unscored (and the REJECTED CVE-2023-35116 is not a finding)
                        tuple("CVE-2022-42004", 0.0, ScoreSource.NONE, Severity.UNSCORED));
        assertThat(outcome.findings()).filteredOn(f -> f.id().equals("CVE-2025-68161")).singleElement()
                .extracting(Finding::vector).asString().startsWith("CVSS:4.0/AV:N/AC:H/AT:P");
    }

    @Test
    void aCvssV4ScoreAboveTheMaximumFailsTheGate() {
        SecurityGateResult result = new SecurityScan(new DependencyScanner(), CLOCK).run(
                scanOf(SecurityFixture.LOG4J_2_17_1),
                new SecurityPolicy(6.0, null, false, Criticality.FAILURE, Set.of(), List.of()), null);

        assertThat(result.summary().status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.summary().violations()).containsExactly(
                "finding CVE-2025-68161 in log4j-core-2.17.1.jar has CVSS v4 6.3, above the maximum 6.0");
    }

    @Test
    void aFindingWithoutAnyScoreIsNotBelowTheMaximum() {
        SecurityGateResult result = new SecurityScan(new DependencyScanner(), CLOCK).run(
                scanOf(SecurityFixture.JACKSON_2_12_6),
                new SecurityPolicy(9.9, null, false, Criticality.UNSTABLE, Set.of(), List.of()), null);

        assertThat(result.active()).extracting(Finding::id).containsExactly("CVE-2022-42004");
        assertThat(result.summary().status()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(result.summary().violations()).containsExactly("1 finding(s) without a CVSS score (first:"
                + " CVE-2022-42004 in jackson-databind-2.12.6.jar), so not shown to be at most the maximum 9.9");
    }
}
