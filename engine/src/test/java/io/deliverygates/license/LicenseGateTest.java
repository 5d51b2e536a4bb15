package io.deliverygates.license;

import static io.deliverygates.common.GateStatus.FAILED;
import static io.deliverygates.common.GateStatus.PASSED;
import static io.deliverygates.common.GateStatus.UNSTABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.Json;
import io.deliverygates.license.ComponentVerdict.Rule;
import io.deliverygates.license.LicenseNormalizer.Combination;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenseGateTest {
    @TempDir
    Path dir;

    private static SbomComponent component(String name, String expression) {
        return new SbomComponent(name, "1.0", "pkg:npm/" + name + "@1.0",
                expression == null ? List.of() : List.of(DeclaredLicense.expression(expression)));
    }

    private static Sbom sbom(SbomComponent... components) {
        return new Sbom("test.json", SbomFormat.CYCLONEDX_JSON, "1.6", List.of(components));
    }

    private static LicensePolicy policy(List<String> allow, List<String> deny, List<String> categories,
            RuleAction noLicense, List<String> exceptions, boolean newOnly) {
        return new LicensePolicy(LicensePolicy.licenses("allow", allow), LicensePolicy.licenses("deny", deny),
                RuleAction.FAILURE, LicensePolicy.categoryRules("category", categories), Map.of(), noLicense,
                exceptions.stream().map(e -> ComponentException.parse("exception", e)).toList(), newOnly,
                Combination.ANY);
    }

    private static LicenseGateResult run(LicensePolicy policy, LicenseSummary reference, SbomComponent... components) {
        return new LicenseGate(policy).evaluate(List.of(sbom(components)), reference, Sboms.TODAY, Sboms.NOW);
    }

    private static ComponentVerdict only(LicensePolicy policy, String expression) {
        return run(policy, null, component("c", expression)).verdicts().get(0);
    }

    @Test
    void orTakesTheBestChoiceAndAndTheWorstPart() {
        LicensePolicy defaults = LicensePolicy.defaults();
        assertThat(only(defaults, "GPL-3.0-only OR MIT")).extracting(ComponentVerdict::status,
                ComponentVerdict::decidedLicense).containsExactly(PASSED, "MIT");
        assertThat(only(defaults, "MIT AND GPL-3.0-only")).extracting(ComponentVerdict::status,
                ComponentVerdict::decidedLicense, ComponentVerdict::category)
                .containsExactly(FAILED, "GPL-3.0-only", Category.STRONG_COPYLEFT);
        assertThat(only(defaults, "(MIT AND AGPL-3.0-only) OR (Apache-2.0 AND LGPL-2.1-only)"))
                .extracting(ComponentVerdict::status, ComponentVerdict::decidedLicense)
                .containsExactly(PASSED, "LGPL-2.1-only");
        assertThat(only(defaults, "AGPL-3.0-only").category()).isEqualTo(Category.NETWORK_COPYLEFT);
    }

    @Test
    void aLinkingExceptionMakesAStrongCopyleftWeak() {
        ComponentVerdict classpath = only(LicensePolicy.defaults(), "GPL-2.0-only WITH Classpath-exception-2.0");
        assertThat(classpath.category()).isEqualTo(Category.WEAK_COPYLEFT);
        assertThat(classpath.status()).isEqualTo(PASSED);
        ComponentVerdict foss = only(LicensePolicy.defaults(), "GPL-2.0-only WITH Universal-FOSS-exception-1.0");
        assertThat(foss.category()).isEqualTo(Category.STRONG_COPYLEFT);
        assertThat(foss.status()).isEqualTo(FAILED);
    }

    @Test
    void listsNameALicenseWithOrWithoutItsException() {
        LicensePolicy denyGpl = policy(List.of("GPL-2.0-only WITH Classpath-exception-2.0"), List.of("GPL-2.0"),
                List.of(), RuleAction.FAILURE, List.of(), false);
        assertThat(only(denyGpl, "GPL-2.0-only WITH Classpath-exception-2.0").rule()).isEqualTo(Rule.ALLOW_LIST);
        ComponentVerdict bison = only(denyGpl, "GPL-2.0-only WITH Bison-exception-2.2");
        assertThat(bison.rule()).isEqualTo(Rule.DENY_LIST);
        assertThat(bison.reason()).isEqualTo("GPL-2.0-only WITH Bison-exception-2.2 (GPL-2.0-only) is on the deny list");
        LicensePolicy allowGpl = policy(List.of("gpl-2.0-only"), List.of(), List.of("*=failure"),
                RuleAction.FAILURE, List.of(), false);
        assertThat(only(allowGpl, "GPL-2.0-only WITH Classpath-exception-2.0").status()).isEqualTo(PASSED);
        assertThat(only(allowGpl, "GPL-2.0+").status()).isEqualTo(FAILED); // GPL-2.0-or-later is another id
        assertThat(only(allowGpl, "MIT").status()).isEqualTo(FAILED); // *=failure: only the allow list passes
    }

    @Test
    void unknownLicensesAndReferencesFailByDefaultAndCanBeCategorised() {
        ComponentVerdict unknown = only(LicensePolicy.defaults(), "Foo-1.0");
        assertThat(unknown).extracting(ComponentVerdict::status, ComponentVerdict::category)
                .containsExactly(FAILED, Category.UNKNOWN);
        assertThat(unknown.reason()).contains("is not a known license");
        ComponentVerdict reference = only(LicensePolicy.defaults(), "LicenseRef-acme-eula");
        assertThat(reference.reason()).contains("custom license (LicenseRef) without a category");
        LicensePolicy categorised = new LicensePolicy(Set.of(), Set.of(), RuleAction.FAILURE,
                Map.of(Category.PROPRIETARY, RuleAction.UNSTABLE),
                LicensePolicy.licenseCategories("license-category", List.of("LicenseRef-acme-eula=proprietary")),
                RuleAction.FAILURE, List.of(), false, Combination.ANY);
        assertThat(only(categorised, "LicenseRef-acme-eula")).extracting(ComponentVerdict::status,
                ComponentVerdict::category).containsExactly(UNSTABLE, Category.PROPRIETARY);
    }

    @Test
    void componentsWithoutLicenseFollowTheirRule() {
        assertThat(only(LicensePolicy.defaults(), null)).extracting(ComponentVerdict::status, ComponentVerdict::rule,
                ComponentVerdict::license).containsExactly(FAILED, Rule.NO_LICENSE, "NONE");
        LicensePolicy lenient = policy(List.of(), List.of(), List.of(), RuleAction.UNSTABLE, List.of(), false);
        LicenseGateResult result = run(lenient, null, component("a", null), component("b", "MIT"));
        assertThat(result.status()).isEqualTo(UNSTABLE);
        assertThat(result.summary().noLicense()).isEqualTo(1);
    }

    @Test
    void exceptionsAcceptAComponentUntilTheyExpire() {
        LicensePolicy policy = policy(List.of(), List.of("AGPL-3.0-only"), List.of(), RuleAction.FAILURE, List.of(
                "pkg:npm/server-lib=2026-12-07:LEGAL-7 internal use only",
                "pkg:npm/old-lib@1.0=2026-12-06:LEGAL-3 migration planned",
                "other-lib=2030-01-01:not in this SBOM"), false);
        LicenseGateResult result = run(policy, null, component("server-lib", "AGPL-3.0-only"),
                component("old-lib", "GPL-3.0-only"));
        assertThat(Sboms.verdict(result, "server-lib")).extracting(ComponentVerdict::status, ComponentVerdict::rule)
                .containsExactly(PASSED, Rule.EXCEPTION); // today is the last day (inclusive)
        ComponentVerdict expired = Sboms.verdict(result, "old-lib");
        assertThat(expired.status()).isEqualTo(FAILED);
        assertThat(expired.reason()).endsWith("(its exception expired on 2026-12-06)");
        assertThat(result.summary().expiredExceptions()).extracting(ComponentException::component)
                .containsExactly("pkg:npm/old-lib@1.0");
        assertThat(LicenseReport.lines(result.summary())).anyMatch(line -> line.contains("expired exception: "
                + "pkg:npm/old-lib@1.0 (2026-12-06, LEGAL-3 migration planned)"));
    }

    @Test
    void exceptionsMatchPurlsWithAndWithoutVersionAndNames() {
        SbomComponent mysql = new SbomComponent("com.mysql:mysql-connector-j", "8.0.33",
                "pkg:maven/com.mysql/mysql-connector-j@8.0.33?type=jar", List.of());
        assertThat(ComponentException.parse("x", "pkg:maven/com.mysql/mysql-connector-j=2027-01-01:r").matches(mysql))
                .isTrue();
        assertThat(ComponentException.parse("x", "pkg:maven/com.mysql/mysql-connector-j@8.0.33=2027-01-01:r")
                .matches(mysql)).isTrue();
        assertThat(ComponentException.parse("x", "pkg:maven/com.mysql/mysql-connector-j@8.0.32=2027-01-01:r")
                .matches(mysql)).isFalse();
        assertThat(ComponentException.parse("x", "com.mysql:mysql-connector-j=2027-01-01:r").matches(mysql)).isTrue();
        assertThat(ComponentException.parse("x", "com.mysql:mysql=2027-01-01:r").matches(mysql)).isFalse();
        for (String bad : List.of("com.mysql:mysql-connector-j=2027-01-01", "x=2027-13-01:r", "x:2027-01-01:r",
                "x=2027-01-01:  ")) {
            assertThatThrownBy(() -> ComponentException.parse("--exception", bad)).as(bad)
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.getMessage())
                            .startsWith("--exception: '"));
        }
    }

    @Test
    void newOnlyCountsOnlyComponentsOrLicensesTheReferenceLacked() {
        LicensePolicy newOnly = policy(List.of(), List.of("SSPL-1.0"), List.of(), RuleAction.FAILURE, List.of(), true);
        LicenseSummary reference = run(newOnly, null, component("old-gpl", "GPL-3.0-only"),
                component("relicensed", "MIT"), component("old-sspl", "SSPL-1.0")).summary();
        assertThat(reference.status()).isEqualTo(FAILED); // no reference: everything is new

        LicenseGateResult result = run(newOnly, reference, component("old-gpl", "GPL-3.0-only"),
                component("relicensed", "GPL-3.0-only"), component("old-sspl", "SSPL-1.0"),
                component("new-mit", "MIT"));
        assertThat(Sboms.verdict(result, "old-gpl")).extracting(ComponentVerdict::status, ComponentVerdict::isNew,
                ComponentVerdict::counted).containsExactly(FAILED, false, false);
        assertThat(Sboms.verdict(result, "relicensed")).extracting(ComponentVerdict::isNew, ComponentVerdict::counted)
                .containsExactly(true, true);
        assertThat(Sboms.verdict(result, "old-sspl").counted()).isTrue(); // the deny list always counts
        assertThat(result.summary().notCounted()).isEqualTo(1);
        assertThat(result.summary().newComponents()).isEqualTo(2);
        assertThat(result.summary().violations()).hasSize(2).noneMatch(line -> line.startsWith("old-gpl"));

        LicenseGateResult onlyOld = run(newOnly, reference, component("old-gpl", "GPL-3.0-only"));
        assertThat(onlyOld.status()).isEqualTo(PASSED);
        assertThat(LicenseReport.lines(onlyOld.summary())).contains("  1 violating component(s) not new against the "
                + "reference: not counted (new only)");
    }

    @Test
    void aVersionBumpWithTheSameLicenseIsNotNew() {
        LicenseSummary reference = run(LicensePolicy.defaults(), null, component("lib", "MIT")).summary();
        SbomComponent bumped = new SbomComponent("lib", "2.0", "pkg:npm/lib@2.0", List.of(DeclaredLicense.id("MIT",
                null)));
        LicenseGateResult result = new LicenseGate(LicensePolicy.defaults()).evaluate(List.of(sbom(bumped)),
                reference, Sboms.TODAY, Sboms.NOW);
        assertThat(result.verdicts().get(0).isNew()).isFalse();
    }

    @Test
    void unstableRulesMakeTheGateUnstableAndFailuresWin() {
        LicensePolicy policy = policy(List.of(), List.of(), List.of("weak-copyleft=unstable"), RuleAction.FAILURE,
                List.of(), false);
        assertThat(run(policy, null, component("a", "LGPL-2.1-only"), component("b", "MIT")).status())
                .isEqualTo(UNSTABLE);
        assertThat(run(policy, null, component("a", "LGPL-2.1-only"), component("b", "GPL-3.0-only")).status())
                .isEqualTo(FAILED);
    }

    @Test
    void policyParametersAreChecked() {
        assertThatThrownBy(() -> LicensePolicy.licenses("--allow", List.of("MIT OR Apache-2.0")))
                .hasMessageStartingWith("--allow: 'MIT OR Apache-2.0' is not one SPDX license id");
        assertThatThrownBy(() -> LicensePolicy.licenses("--deny", List.of("Apache 2")))
                .hasMessageStartingWith("--deny: 'Apache 2' is not an SPDX id");
        assertThatThrownBy(() -> LicensePolicy.categoryRules("--category", List.of("copyleft=failure")))
                .hasMessageStartingWith("--category: unknown license category 'copyleft'");
        assertThatThrownBy(() -> LicensePolicy.categoryRules("--category", List.of("permissive=maybe")))
                .hasMessageStartingWith("--category: 'maybe' is not a rule action");
        assertThatThrownBy(() -> policy(List.of("MIT"), List.of("mit"), List.of(), RuleAction.FAILURE, List.of(),
                false)).hasMessageContaining("on both the allow and the deny list: MIT");
        assertThat(LicensePolicy.licenses("--allow", List.of("gpl-2.0+", "licenseref-Acme")))
                .containsExactly("GPL-2.0-or-later", "LicenseRef-Acme");
    }

    @Test
    void summaryRoundTripsAndReportsEscapeSbomText() throws Exception {
        SbomComponent hostile = new SbomComponent("<script>alert(1)</script>", "1", "",
                List.of(DeclaredLicense.name("<img src=x onerror=alert(2)>", null)));
        LicenseGateResult result = run(LicensePolicy.defaults(), null, hostile, component("ok", "MIT"));
        Path file = dir.resolve("nested/license-summary.json");
        result.summary().write(file);
        LicenseSummary read = LicenseSummary.read(file);
        assertThat(read).isEqualTo(result.summary());
        assertThat(LicenseSummary.fromJson(result.summary().toJson(), "build.xml")).isEqualTo(result.summary());
        assertThatThrownBy(() -> LicenseSummary.fromJson("{\"status\": \"PASSED\"}", "x.json"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem())
                        .isEqualTo(InputException.Problem.WRONG_FORMAT));

        String html = LicenseReport.html(result, "License gate <b>");
        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "License gate &lt;b&gt;");
        LicenseReport.write(result, dir, "License gate");
        JsonNode json = Json.mapper().readTree(dir.resolve(LicenseReport.JSON_FILE).toFile());
        assertThat(json.path("status").asText()).isEqualTo("FAILED");
        assertThat(json.path("summary").has("componentKeys")).isFalse();
        List<String> names = new ArrayList<>();
        json.path("components").forEach(c -> names.add(c.path("name").asText() + "=" + c.path("status").asText()));
        assertThat(names).containsExactly("<script>alert(1)</script>=FAILED", "ok=PASSED");
    }
}
