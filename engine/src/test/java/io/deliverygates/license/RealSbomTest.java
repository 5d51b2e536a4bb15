package io.deliverygates.license;

import static io.deliverygates.common.GateStatus.FAILED;
import static io.deliverygates.common.GateStatus.PASSED;
import static io.deliverygates.common.GateStatus.UNSTABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.GateStatus;
import io.deliverygates.license.ComponentVerdict.Rule;
import io.deliverygates.license.LicenseNormalizer.Combination;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate on SBOMs written by the real tools (cyclonedx-maven-plugin, cyclonedx-npm, npm sbom); every component's
 * verdict below was worked out by hand from its declared license and the policy.
 */
class RealSbomTest {
    private static final List<String> MAVEN = List.of("maven-bom.json", "maven-bom.xml");

    /** Default policy by hand: only mysql-connector-j (GPL-2.0 with the FOSS exception, strong copyleft) fails. */
    private static final Map<String, GateStatus> MAVEN_DEFAULT = Map.ofEntries(
            Map.entry("junit:junit", PASSED), // EPL-1.0: weak copyleft
            Map.entry("org.hamcrest:hamcrest-core", PASSED), // BSD-3-Clause
            Map.entry("com.sun.mail:javax.mail", PASSED), // CDDL-1.0 OR GPL-2.0 WITH Classpath: CDDL chosen
            Map.entry("javax.activation:activation", PASSED), // CDDL-1.0
            Map.entry("ch.qos.logback:logback-classic", PASSED), // EPL-1.0 OR LGPL-2.1 (from the URL)
            Map.entry("ch.qos.logback:logback-core", PASSED),
            Map.entry("org.slf4j:slf4j-api", PASSED), // MIT
            Map.entry("com.mysql:mysql-connector-j", FAILED), // GPL-2.0-only WITH Universal-FOSS-exception-1.0
            Map.entry("com.google.protobuf:protobuf-java", PASSED), // BSD-3-Clause
            Map.entry("org.mariadb.jdbc:mariadb-java-client", PASSED), // LGPL-2.1-or-later
            Map.entry("com.github.waffle:waffle-jna", PASSED), // MIT
            Map.entry("net.java.dev.jna:jna", PASSED), // LGPL-2.1-or-later OR Apache-2.0
            Map.entry("net.java.dev.jna:jna-platform", PASSED),
            Map.entry("org.slf4j:jcl-over-slf4j", PASSED), // Apache-2.0
            Map.entry("com.github.ben-manes.caffeine:caffeine", PASSED),
            Map.entry("com.google.errorprone:error_prone_annotations", PASSED),
            Map.entry("org.checkerframework:checker-qual", PASSED), // MIT
            Map.entry("com.h2database:h2", PASSED), // MPL-2.0 OR EPL-1.0 (the name "EPL 1.0")
            Map.entry("javax.servlet:javax.servlet-api", PASSED),
            Map.entry("org.apache.commons:commons-lang3", PASSED)); // Apache-2.0

    @Test
    void mavenSbomUnderTheDefaultPolicyFailsOnlyForTheGplDriver() {
        for (String file : MAVEN) {
            LicenseGateResult result = Sboms.gate(LicensePolicy.defaults(), file);
            assertThat(Sboms.statuses(result)).as(file).containsExactlyInAnyOrderEntriesOf(MAVEN_DEFAULT);
            assertThat(result.status()).isEqualTo(FAILED);
            assertThat(result.summary().violations()).singleElement().asString()
                    .startsWith("com.mysql:mysql-connector-j 8.0.33 [GPL-2.0-only WITH Universal-FOSS-exception-1.0]")
                    .contains("strong-copyleft is failure");
        }
    }

    @Test
    void mavenLicensesAreNormalizedAsWorkedOutByHand() {
        LicenseGateResult result = Sboms.gate(LicensePolicy.defaults(), "maven-bom.xml");
        ComponentVerdict mail = Sboms.verdict(result, "com.sun.mail:javax.mail");
        assertThat(mail.license()).isEqualTo("CDDL-1.0 OR GPL-2.0-only WITH Classpath-exception-2.0");
        assertThat(mail.decidedLicense()).isEqualTo("CDDL-1.0");
        assertThat(mail.notes()).contains("deprecated id GPL-2.0-with-classpath-exception read as "
                + "GPL-2.0-only WITH Classpath-exception-2.0");
        ComponentVerdict logback = Sboms.verdict(result, "ch.qos.logback:logback-core");
        assertThat(logback.license()).isEqualTo("EPL-1.0 OR LGPL-2.1-only");
        assertThat(logback.declared()).containsExactly("EPL-1.0",
                "GNU Lesser General Public License <http://www.gnu.org/licenses/old-licenses/lgpl-2.1.html>");
        assertThat(Sboms.verdict(result, "com.h2database:h2").license()).isEqualTo("MPL-2.0 OR EPL-1.0");
        ComponentVerdict jna = Sboms.verdict(result, "net.java.dev.jna:jna");
        assertThat(jna.decidedLicense()).isEqualTo("Apache-2.0");
        assertThat(jna.category()).isEqualTo(Category.PERMISSIVE);
        ComponentVerdict mysql = Sboms.verdict(result, "com.mysql:mysql-connector-j");
        assertThat(mysql.category()).isEqualTo(Category.STRONG_COPYLEFT);
        assertThat(mysql.purl()).isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.0.33?type=jar");
        assertThat(result.summary().byCategory()).containsEntry(Category.STRONG_COPYLEFT, 1)
                .containsEntry(Category.WEAK_COPYLEFT, 8).containsEntry(Category.PERMISSIVE, 11);
    }

    @Test
    void weakCopyleftUnstableAndEplDeniedChangeTheVerdictsAsExpected() {
        LicensePolicy policy = new LicensePolicy(Set.of(), LicensePolicy.licenses("deny", List.of("EPL-1.0")),
                RuleAction.FAILURE, Map.of(Category.WEAK_COPYLEFT, RuleAction.UNSTABLE), Map.of(), RuleAction.FAILURE,
                List.of(ComponentException.parse("exception",
                        "pkg:maven/com.mysql/mysql-connector-j=2027-03-31:LEGAL-42 FOSS exception reviewed")),
                false, Combination.ANY);
        LicenseGateResult result = Sboms.gate(policy, "maven-bom.json");
        Map<String, GateStatus> expected = new HashMap<>(MAVEN_DEFAULT);
        expected.put("junit:junit", FAILED); // EPL-1.0 only, denied
        expected.put("com.sun.mail:javax.mail", UNSTABLE); // both choices weak copyleft
        expected.put("javax.activation:activation", UNSTABLE);
        expected.put("ch.qos.logback:logback-classic", UNSTABLE); // EPL denied, LGPL-2.1-only (weak) chosen
        expected.put("ch.qos.logback:logback-core", UNSTABLE);
        expected.put("com.mysql:mysql-connector-j", PASSED); // the exception
        expected.put("org.mariadb.jdbc:mariadb-java-client", UNSTABLE);
        expected.put("com.h2database:h2", UNSTABLE); // MPL-2.0 chosen over the denied EPL
        expected.put("javax.servlet:javax.servlet-api", UNSTABLE);
        assertThat(Sboms.statuses(result)).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(result.status()).isEqualTo(FAILED);
        assertThat(Sboms.verdict(result, "ch.qos.logback:logback-core").decidedLicense()).isEqualTo("LGPL-2.1-only");
        assertThat(Sboms.verdict(result, "com.h2database:h2").decidedLicense()).isEqualTo("MPL-2.0");
        ComponentVerdict mysql = Sboms.verdict(result, "com.mysql:mysql-connector-j");
        assertThat(mysql.rule()).isEqualTo(Rule.EXCEPTION);
        assertThat(mysql.reason()).startsWith("accepted until 2027-03-31: LEGAL-42 FOSS exception reviewed");
        assertThat(result.summary().excepted()).isEqualTo(1);
        assertThat(Sboms.verdict(result, "junit:junit").rule()).isEqualTo(Rule.DENY_LIST);
    }

    /** By hand: every npm component is permissive, weak copyleft, or an OR with a permissive choice. */
    private static final Map<String, GateStatus> NPM_ALLOW_ONLY = Map.ofEntries(
            Map.entry("argparse", FAILED), // Python-2.0: not on the allow list
            Map.entry("caniuse-lite", FAILED), // CC-BY-4.0
            Map.entry("jszip", PASSED), // MIT OR GPL-3.0-or-later: MIT allowed
            Map.entry("mariadb", FAILED), // LGPL-2.1-or-later
            Map.entry("node-forge", PASSED), // BSD-3-Clause OR GPL-2.0(-only)
            Map.entry("tweetnacl", FAILED), // Unlicense
            Map.entry("pako", FAILED), // MIT AND Zlib: Zlib not allowed
            Map.entry("denque", PASSED), // Apache-2.0
            Map.entry("lru-cache", PASSED), // ISC
            Map.entry("inherits", PASSED)); // ISC

    @Test
    void npmSbomsFromCycloneDxAndSpdxGiveTheSameVerdicts() {
        LicensePolicy allowOnly = new LicensePolicy(
                LicensePolicy.licenses("allow", List.of("MIT", "ISC", "Apache-2.0", "BSD-3-Clause")), Set.of(),
                RuleAction.FAILURE, LicensePolicy.categoryRules("category", List.of("*=failure")), Map.of(),
                RuleAction.FAILURE, List.of(), false, Combination.ANY);
        for (String file : List.of("npm-bom.json", "npm-bom-1.4.xml", "npm-sbom.spdx.json")) {
            LicenseGateResult defaults = Sboms.gate(LicensePolicy.defaults(), file);
            assertThat(defaults.verdicts()).as(file).hasSize(25).allMatch(v -> v.status() == PASSED);
            assertThat(defaults.status()).isEqualTo(PASSED);

            Map<String, GateStatus> statuses = Sboms.statuses(Sboms.gate(allowOnly, file));
            assertThat(statuses).as(file).containsAllEntriesOf(NPM_ALLOW_ONLY).hasSize(25);
            assertThat(statuses.entrySet().stream().filter(e -> !NPM_ALLOW_ONLY.containsKey(e.getKey())))
                    .as(file + ": the rest are MIT").allMatch(e -> e.getValue() == PASSED);
        }
        ComponentVerdict forge = Sboms.verdict(Sboms.gate(LicensePolicy.defaults(), "npm-sbom.spdx.json"),
                "node-forge");
        assertThat(forge.license()).isEqualTo("BSD-3-Clause OR GPL-2.0-only");
        assertThat(forge.notes()).containsExactly("deprecated id GPL-2.0 read as GPL-2.0-only");
    }

    @Test
    void spdxDocumentLeavesOutTheDescribedProduct() {
        Sbom sbom = Sboms.read("npm-sbom.spdx.json");
        assertThat(sbom.format()).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(sbom.specVersion()).isEqualTo("SPDX-2.3");
        assertThat(sbom.components()).extracting(SbomComponent::name).doesNotContain("license-sample-npm")
                .contains("jszip", "pako");
        assertThat(sbom.components()).filteredOn(c -> c.name().equals("pako")).singleElement()
                .extracting(SbomComponent::purl).isEqualTo("pkg:npm/pako@1.0.11");
    }

    @Test
    void formatsAndVersionsAreRecognised() {
        assertThat(Sboms.read("maven-bom.json")).extracting(Sbom::format, Sbom::specVersion)
                .containsExactly(SbomFormat.CYCLONEDX_JSON, "1.6");
        assertThat(Sboms.read("maven-bom.xml")).extracting(Sbom::format, Sbom::specVersion)
                .containsExactly(SbomFormat.CYCLONEDX_XML, "1.6");
        assertThat(Sboms.read("npm-bom.json").specVersion()).isEqualTo("1.5");
        assertThat(Sboms.read("npm-bom-1.4.xml")).extracting(Sbom::format, Sbom::specVersion)
                .containsExactly(SbomFormat.CYCLONEDX_XML, "1.4");
    }
}
