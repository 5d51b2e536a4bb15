package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCommandTest {
    @TempDir
    Path dir;
    Path jacoco;
    Path cobertura;

    @BeforeEach
    void copyRealReports() throws Exception {
        jacoco = copy("engine-jacoco.xml", dir.resolve("engine/target/site/jacoco/jacoco.xml"));
        cobertura = copy("coverage-py.xml", dir.resolve("python/coverage.xml"));
    }

    private static Path copy(String resource, Path target) throws Exception {
        Files.createDirectories(target.getParent());
        try (InputStream in = GateCommandTest.class.getResourceAsStream(CoverageDemoPart.RESOURCES + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** JaCoCo's own project totals: the counters at the end of its XML report. */
    private long jacocoTotal(String type, String which) throws Exception {
        String xml = Files.readString(jacoco);
        Matcher m = Pattern.compile("<counter type=\"" + type + "\" missed=\"(\\d+)\" covered=\"(\\d+)\"/></report>|"
                + "<counter type=\"" + type + "\" missed=\"(\\d+)\" covered=\"(\\d+)\"/>(?:<counter [^>]*>)*</report>")
                .matcher(xml);
        assertThat(m.find()).isTrue();
        String missed = m.group(1) != null ? m.group(1) : m.group(3);
        String covered = m.group(2) != null ? m.group(2) : m.group(4);
        return Long.parseLong(which.equals("missed") ? missed : covered);
    }

    @Test
    void passingGateExitsZeroAndPrintsJacocosTotals() throws Exception {
        CliRun run = CliRun.of("gate", "--jacoco", jacoco.toString(), "--condition", "line>=50");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
        long covered = jacocoTotal("LINE", "covered");
        long total = covered + jacocoTotal("LINE", "missed");
        assertThat(run.out()).startsWith("Quality gate: PASSED").contains("line coverage")
                .contains("(" + covered + "/" + total + ")");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonResultCarriesJacocosTotalsForEveryMetric() throws Exception {
        CliRun run = CliRun.of("gate", "--jacoco", jacoco.toString(), "--condition", "line>=50", "--json");

        JsonNode totals = Json.mapper().readTree(run.out()).get("summary").get("totals");
        for (String type : new String[] {"INSTRUCTION", "BRANCH", "LINE", "COMPLEXITY", "METHOD", "CLASS"}) {
            assertThat(totals.get(type).get("covered").asLong()).as(type).isEqualTo(jacocoTotal(type, "covered"));
            assertThat(totals.get(type).get("missed").asLong()).as(type).isEqualTo(jacocoTotal(type, "missed"));
        }
    }

    @Test
    void unstableAndFailedConditionsGiveTheirExitCodes() {
        assertThat(CliRun.of("gate", "--jacoco", jacoco.toString(), "--condition", "line>=99.9:unstable").exitCode())
                .isEqualTo(ExitCodes.UNSTABLE);
        CliRun failed = CliRun.of("gate", "--jacoco", jacoco.toString(), "--condition", "line>=99.9:unstable",
                "--condition", "branch>=99.9");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.out()).startsWith("Quality gate: FAILED").contains("-> failed");
    }

    @Test
    void summaryOutFeedsTheNextBuildsDelta() throws Exception {
        Path summary = dir.resolve("out/summary.json");
        Path html = dir.resolve("out/gate.html");
        assertThat(CliRun.of("gate", "--jacoco", jacoco.toString(), "--summary-out", summary.toString()).exitCode())
                .isZero();

        CliRun next = CliRun.of("gate", "--base-dir", dir.toString(), "--jacoco", "**/jacoco.xml",
                "--condition", "line:delta>=0", "--reference-summary", summary.toString(), "--html", html.toString());

        assertThat(next.exitCode()).isZero();
        assertThat(next.out()).contains("vs. reference").contains("change +0.00");
        assertThat(Files.readString(html)).contains("<td class=\"PASSED\">PASSED</td>").contains("line:delta&gt;=0");
    }

    @Test
    void coberturaAndJacocoMergeIntoOneTree() {
        CliRun run = CliRun.of("gate", "--jacoco", jacoco.toString(), "--cobertura", cobertura.toString(),
                "--condition", "line>=1@shop", "--condition", "line>=1@io.deliverygates.*");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("NOT_EVALUATED");
    }

    @Test
    void missingMetricPassesWithANoteOrFailsOnRequest() {
        CliRun lenient = CliRun.of("gate", "--cobertura", cobertura.toString(), "--condition", "instruction>=50");
        CliRun strict = CliRun.of("gate", "--cobertura", cobertura.toString(), "--condition", "instruction>=50",
                "--fail-on-missing-metric");

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("NOT_EVALUATED").contains("has no instruction data");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void inputProblemsHaveTheirOwnExitCodesAndNameTheFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xml"));
        Path hostile = Files.writeString(dir.resolve("xxe.xml"),
                "<?xml version=\"1.0\"?><!DOCTYPE report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><report name=\"&x;\"/>");

        assertCode(4, "--jacoco", dir.resolve("missing.xml").toString());
        assertCode(4, "--jacoco", dir + "/**/nothing-*.xml");
        assertCode(5, "--jacoco", empty.toString());
        assertCode(6, "--jacoco", Files.writeString(dir.resolve("bad.xml"), "<report><package").toString());
        assertCode(7, "--jacoco", hostile.toString());
        assertCode(8, "--jacoco", cobertura.toString());
        assertCode(3, "--jacoco", jacoco.toString(), "--condition", "lines>=80");
        assertCode(3, "--jacoco-exec", jacoco.toString());
        assertCode(3);
    }

    private static void assertCode(int expected, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "gate";
        System.arraycopy(options, 0, args, 1, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(expected);
        assertThat(run.err()).startsWith("delivery-gates: ").doesNotContain("\tat ");
    }
}
