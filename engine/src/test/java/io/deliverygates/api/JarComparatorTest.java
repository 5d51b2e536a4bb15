package io.deliverygates.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import japicmp.cli.JApiCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real released jars from Maven Central (copied by the engine POM at generate-test-resources): guava 20.0 -> 21.0
 * removed API, commons-lang3 3.11 -> 3.12.0 only added API. Our verdict is checked against japicmp's own command
 * line, run on the same jars.
 */
class JarComparatorTest {
    private static final Path JARS = Path.of("target/api-jars");
    private static final Path GUAVA_20 = JARS.resolve("guava-20.0.jar");
    private static final Path GUAVA_21 = JARS.resolve("guava-21.0.jar");
    private static final Path LANG_311 = JARS.resolve("commons-lang3-3.11.jar");
    private static final Path LANG_312 = JARS.resolve("commons-lang3-3.12.0.jar");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    private static ApiComparison guava;
    private static ApiComparison lang;

    @TempDir
    Path temp;

    @BeforeAll
    static void compareOnce() {
        guava = new JarComparator().compare(GUAVA_20, "--reference", GUAVA_21, "--new");
        lang = new JarComparator().compare(LANG_311, "--reference", LANG_312, "--new");
    }

    @Test
    void guavaBreaksWhatJapicmpsCommandLineSaysItBreaks() {
        assertThat(guava.referenceVersion()).isEqualTo("20.0");
        assertThat(guava.candidateVersion()).isEqualTo("21.0");
        assertThat(guava.toolLevel()).isEqualTo(ChangeLevel.MAJOR)
                .isEqualTo(ChangeLevel.ofJapicmp(japicmpCli("-s").strip()));
        assertThat(guava.breaking()).contains(
                new ApiChange("METHOD_REMOVED", "com.google.common.base.Objects#toStringHelper(java.lang.Object)",
                        "method removed", Impact.BINARY_AND_SOURCE),
                new ApiChange("CLASS_REMOVED", "com.google.common.collect.MapConstraints", "class removed",
                        Impact.BINARY_AND_SOURCE));
        // japicmp marks binary-incompatible classes with '!' in its text output
        Set<String> cliBinaryBreaks = japicmpCli("--only-incompatible").lines()
                .filter(line -> line.matches("^[-*]{3}! .*"))
                .map(line -> line.replaceAll("^.* (\\S+)  \\(.*$", "$1")).collect(Collectors.toSet());
        Set<String> ourBinaryBreaks = guava.breaking().stream()
                .filter(change -> change.impact() == Impact.BINARY || change.impact() == Impact.BINARY_AND_SOURCE)
                .map(change -> change.location().replaceAll("[# ].*$", "")).collect(Collectors.toSet());
        assertThat(ourBinaryBreaks).isNotEmpty().isEqualTo(cliBinaryBreaks);
    }

    @Test
    void commonsLangOnlyAddsApiAsJapicmpSays() {
        assertThat(lang.breaking()).isEmpty();
        assertThat(lang.toolLevel()).isEqualTo(ChangeLevel.ofJapicmp(japicmpCli(LANG_311, LANG_312, "-s").strip()));
        assertThat(lang.additions()).isPositive();
        assertThat(lang.referenceVersion()).isEqualTo("3.11");
    }

    @Test
    void aMajorReleaseMayBreakButAMinorOneMayNot() {
        ApiGate semver = gate(Versioning.SEMVER, List.of());
        assertThat(semver.evaluate(guava, null, TODAY, Instant.EPOCH).summary().status()).isEqualTo(GateStatus.PASSED);

        ApiSummary minor = semver.evaluate(guava.withVersions("20.0", "20.1"), null, TODAY, Instant.EPOCH).summary();
        assertThat(minor.status()).isEqualTo(GateStatus.FAILED);
        assertThat(minor.requiredLevel()).isEqualTo(ChangeLevel.MAJOR);
        assertThat(minor.releaseLevel()).isEqualTo(ChangeLevel.MINOR);
        assertThat(minor.violations()).containsExactly(guava.breaking().size()
                + " breaking change(s) need a major release, but 20.0 -> 20.1 is a minor release");

        assertThat(gate(Versioning.STRICT, List.of()).evaluate(guava, null, TODAY, Instant.EPOCH).summary().status())
                .isEqualTo(GateStatus.FAILED);
    }

    @Test
    void aPatchReleaseMayNotAddApi() {
        ApiGate semver = gate(Versioning.SEMVER, List.of());
        assertThat(semver.evaluate(lang, null, TODAY, Instant.EPOCH).summary().status()).isEqualTo(GateStatus.PASSED);
        ApiSummary patch = semver.evaluate(lang.withVersions("3.11.0", "3.11.1"), null, TODAY, Instant.EPOCH).summary();
        assertThat(patch.status()).isEqualTo(GateStatus.FAILED);
        assertThat(patch.violations()).singleElement().asString().startsWith("added API (");
    }

    @Test
    void allowedBreaksDoNotCountUntilTheyExpire() {
        ApiAllowEntry entry = ApiAllowEntry.parse("--allow", "com.google.common.*=2026-12-31:guava 21 accepted by ADR-7");
        ApiGateResult allowed = gate(Versioning.STRICT, List.of(entry)).evaluate(guava, null, TODAY, Instant.EPOCH);
        assertThat(allowed.summary().status()).isEqualTo(GateStatus.PASSED);
        assertThat(allowed.allowed()).hasSameSizeAs(guava.breaking());
        assertThat(ApiReports.html(allowed)).contains("accepted until 2026-12-31: guava 21 accepted by ADR-7");

        ApiGateResult expired = gate(Versioning.STRICT, List.of(entry))
                .evaluate(guava, null, LocalDate.parse("2027-01-01"), Instant.EPOCH);
        assertThat(expired.summary().status()).isEqualTo(GateStatus.FAILED);
        assertThat(expired.summary().expiredAllowEntries()).containsExactly(entry);
    }

    @Test
    void inputsThatAreNotJarsFailClosed() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.jar"));
        Path text = Files.writeString(temp.resolve("text.jar"), "not a zip");
        Path noClasses = temp.resolve("resources.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noClasses))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertProblem(temp.resolve("missing.jar"), InputException.Problem.NOT_FOUND, "no such file");
        assertProblem(empty, InputException.Problem.EMPTY, "the file is empty");
        assertProblem(text, InputException.Problem.WRONG_FORMAT, "not a jar");
        assertProblem(noClasses, InputException.Problem.WRONG_FORMAT, "not a jar with classes");
        assertProblem(temp, InputException.Problem.WRONG_FORMAT, "not a file");

        Path corrupt = temp.resolve("corrupt.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(corrupt))) {
            zip.putNextEntry(new ZipEntry("com/example/Broken.class"));
            zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0});
        }
        assertThatThrownBy(() -> new JarComparator().compare(LANG_311, "--reference", corrupt, "--new"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.MALFORMED))
                .hasMessageContaining("japicmp cannot compare the jars");
    }

    private static void assertProblem(Path candidate, InputException.Problem problem, String message) {
        assertThatThrownBy(() -> new JarComparator().compare(LANG_311, "--reference", candidate, "--new"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(problem))
                .hasMessageStartingWith("--new " + candidate + ": " + message);
    }

    private static ApiGate gate(Versioning versioning, List<ApiAllowEntry> allowList) {
        return new ApiGate(new ApiPolicy(versioning, false, Criticality.FAILURE, allowList));
    }

    private static String japicmpCli(String option) {
        return japicmpCli(GUAVA_20, GUAVA_21, option);
    }

    /** Runs japicmp's own command line in this JVM and returns what it prints. */
    private static String japicmpCli(Path before, Path after, String option) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new JApiCli().run(new String[] {"-o", before.toString(), "-n", after.toString(), option,
                "--ignore-missing-classes"});
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
