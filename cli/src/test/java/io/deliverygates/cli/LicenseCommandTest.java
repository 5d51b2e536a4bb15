package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code delivery-gates license} on the real SBOMs of the engine's tests (cyclonedx-maven-plugin, npm sbom). */
class LicenseCommandTest {
    @TempDir
    Path dir;
    Path mavenBom;
    Path npmSpdx;

    @BeforeEach
    void copyRealSboms() throws Exception {
        mavenBom = copy("maven-bom.xml", dir.resolve("service/target/bom.xml"));
        npmSpdx = copy("npm-sbom.spdx.json", dir.resolve("web/sbom.spdx.json"));
    }

    private static Path copy(String name, Path target) throws Exception {
        Files.createDirectories(target.getParent());
        try (InputStream in = LicenseCommandTest.class.getResourceAsStream("/io/deliverygates/license/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private CliRun license(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "license";
        all[1] = "--base-dir";
        all[2] = dir.toString();
        all[3] = "--out";
        all[4] = dir.resolve("reports").toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.of(all);
    }

    @Test
    void defaultPolicyFailsOnTheGplDriverWithExitTwo() throws Exception {
        CliRun run = license("service/target/bom.xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).startsWith("License gate: FAILED (20 components: 19 passed, 0 unstable, 1 failed")
                .contains("violated: com.mysql:mysql-connector-j 8.0.33 [GPL-2.0-only WITH "
                        + "Universal-FOSS-exception-1.0]");
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("reports/license-gate.html"))).contains("License gate: FAILED")
                .contains("com.mysql:mysql-connector-j");
        assertThat(dir.resolve("reports/license-summary.json")).isNotEmptyFile();
        assertThat(Json.mapper().readTree(dir.resolve("reports/license-gate.json").toFile()).path("components"))
                .hasSize(20);
    }

    @Test
    void exceptionAndUnstableCategoryGiveExitOne() {
        CliRun run = license("**/bom.xml", "--category", "weak-copyleft=unstable", "--exception",
                "pkg:maven/com.mysql/mysql-connector-j=2999-12-31:LEGAL-42 FOSS exception reviewed");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNSTABLE);
        assertThat(run.out()).startsWith("License gate: UNSTABLE (20 components: 12 passed, 8 unstable, 0 failed, "
                + "1 excepted");
    }

    @Test
    void allowListOnlyOnTheSpdxSbomPrintsJson() throws Exception {
        CliRun run = license("web/sbom.spdx.json", "--allow", "MIT,ISC,Apache-2.0,BSD-3-Clause", "--category",
                "*=failure", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.path("status").asText()).isEqualTo("FAILED");
        assertThat(json.path("summary").path("failed").asInt()).isEqualTo(5);
        assertThat(json.path("components")).hasSize(25);
    }

    @Test
    void newOnlyAgainstTheReferenceSummaryPasses() {
        Path reference = dir.resolve("prev/license-summary.json");
        assertThat(license("service/target/bom.xml", "--summary-out", reference.toString()).exitCode())
                .isEqualTo(ExitCodes.FAILED);

        CliRun run = license("service/target/bom.xml", "--new-only", "--reference", reference.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
        assertThat(run.out()).contains("0 new)").contains("1 violating component(s) not new against the reference");
    }

    @Test
    void inputProblemsHaveTheirOwnExitCodesAndOneLine() throws Exception {
        Files.writeString(dir.resolve("empty.json"), "");
        Files.writeString(dir.resolve("none.json"), "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\"}");
        Files.writeString(dir.resolve("broken.json"), "{\"bomFormat\": ");
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE bom [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>");

        assertOneLine(license("missing.json"), 4, "missing.json: no such file");
        assertOneLine(license("empty.json"), 5, "empty.json: the file is empty");
        assertOneLine(license("none.json"), 5, "none.json: the CycloneDX JSON SBOM lists no components");
        assertOneLine(license("broken.json"), 6, "broken.json:1: not well-formed JSON");
        assertOneLine(license("xxe.xml"), 7, "xxe.xml:1: a CycloneDX SBOM has no DOCTYPE; refused");
        assertOneLine(license("pom.xml"), 8, "pom.xml: not a CycloneDX SBOM");
        assertOneLine(license("web/sbom.spdx.json", "--deny", "MIT OR ISC"), 3, "--deny: 'MIT OR ISC' is not one");
        assertOneLine(license("web/sbom.spdx.json", "--exception", "jszip=2027-01-01"), 3,
                "--exception: 'jszip=2027-01-01' is not COMPONENT=YYYY-MM-DD:REASON");
        assertOneLine(license("web/sbom.spdx.json", "--reference", dir.resolve("none.json").toString()), 8,
                "not a license summary");
    }

    private static void assertOneLine(CliRun run, int exitCode, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).startsWith("delivery-gates: ").contains(message);
        assertThat(run.err().strip()).doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }
}
