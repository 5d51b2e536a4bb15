package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.coverage.gate.Condition;
import io.deliverygates.coverage.gate.ConditionResult;
import io.deliverygates.coverage.gate.CoverageSummary;
import io.deliverygates.coverage.gate.GateResult;
import io.deliverygates.coverage.gate.QualityGate;
import io.deliverygates.coverage.gate.Scope;
import io.deliverygates.coverage.gate.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not good must never end in a passing gate nor in more than one clear line: negative counters,
 * badly encoded bytes, truncated execution data, globs matching nothing, impossible thresholds; and the default
 * package and the stored summary behave as docs/quality-gate.md says.
 */
class FailClosedCoverageTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertMalformed(ThrowingCallable call, Path file, String... parts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.getMessage()).startsWith(file.toString()).contains(parts);
        });
    }

    private static String jacoco(String packages) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report name=\"x\">\n" + packages + "</report>\n";
    }

    private static String jacocoClass(String name, int covered, int missed) {
        return "<class name=\"" + name + "\"><counter type=\"LINE\" missed=\"" + missed + "\" covered=\"" + covered
                + "\"/></class>\n";
    }

    // 9. negative counters

    @Test
    void negativeJacocoCounterIsMalformedNamingElementAndAttribute() throws Exception {
        Path report = write("jacoco.xml", jacoco("<package name=\"a\">\n" + jacocoClass("a/A", 4, -3) + "</package>\n"));

        assertMalformed(() -> new JacocoXmlReader().read(report), report, "<counter>", "missed=\"-3\"", "negative");
        assertThatThrownBy(() -> new JacocoXmlReader().read(report)).hasMessageStartingWith(report + ":4: ");
    }

    @Test
    void negativeCountersThatCancelOutInAPackageAreRefusedNotSummedToAPass() throws Exception {
        // A: 10 covered, -5 missed; B: 0 covered, 5 missed. Summed, the package is 10/10 = 100 % covered.
        Path report = write("cancel.xml", jacoco("<package name=\"a\">\n" + jacocoClass("a/A", 10, -5)
                + jacocoClass("a/B", 0, 5) + "</package>\n"));
        QualityGate gate = QualityGate.parse(List.of("line>=90"), true, "--condition");
        CoverageLoader loader = new CoverageLoader();
        ReportSelection selection = new ReportSelection(List.of("cancel.xml"), null, null, null);

        assertMalformed(() -> gate.evaluate(loader.load(dir, selection, gate.requiredDetail()), null), report,
                "missed=\"-5\"");
    }

    @Test
    void negativeCoberturaHitsAndBranchesAreMalformed() throws Exception {
        String head = "<?xml version=\"1.0\"?>\n<coverage version=\"7.4\">\n<packages><package name=\"p\"><classes>\n"
                + "<class name=\"m.py\" filename=\"p/m.py\"><lines>\n";
        String tail = "</lines></class></classes></package></packages></coverage>\n";
        Path hits = write("hits.xml", head + "<line number=\"1\" hits=\"-2\"/>\n" + tail);
        Path branches = write("branches.xml", head
                + "<line number=\"1\" hits=\"1\" branch=\"true\" condition-coverage=\"50% (-1/2)\"/>\n" + tail);

        assertMalformed(() -> new CoberturaXmlReader().read(hits), hits, "<line>", "hits=\"-2\"", "negative");
        assertMalformed(() -> new CoberturaXmlReader().read(branches), branches,
                "<line> attribute condition-coverage=\"50% (-1/2)\" has a negative branch count");
    }

    // 11. one clear line for bad bytes and truncated data

    @Test
    void badlyEncodedBytesAreOneMalformedLineAndNothingOnStandardError() throws Exception {
        byte[] bad = (jacoco("<package name=\"a\">\n" + jacocoClass("a/B\u0001", 1, 1) + "</package>\n"))
                .getBytes(StandardCharsets.UTF_8);
        int marker = indexOf(bad, (byte) 1);
        bad[marker] = (byte) 0xC3; // a 2-byte UTF-8 sequence...
        bad[marker + 1] = (byte) 0x28; // ...whose second byte is not a continuation byte
        Path report = Files.write(dir.resolve("bad-bytes.xml"), bad);

        String stderr = standardErrorOf(() -> assertMalformed(() -> new JacocoXmlReader().read(report), report,
                "not valid in the file's encoding"));

        assertThat(stderr).doesNotContain("[Fatal Error]").isEmpty();
    }

    @Test
    void declaredAndByteOrderMarkedEncodingsAreStillRead() throws Exception {
        String latin = jacoco("<package name=\"caf\u00e9\">\n" + jacocoClass("caf\u00e9/A", 3, 1) + "</package>\n")
                .replace("UTF-8", "ISO-8859-1");
        Path latin1 = Files.write(dir.resolve("latin1.xml"), latin.getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = jacoco("<package name=\"b\">\n" + jacocoClass("b/A", 1, 1) + "</package>\n")
                .replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16); // big-endian with a byte order mark
        Path withBom = Files.write(dir.resolve("utf16.xml"), utf16);

        assertThat(new JacocoXmlReader().read(latin1).packages()).extracting(PackageCoverage::name)
                .containsExactly("caf\u00e9");
        assertThat(new JacocoXmlReader().read(withBom).counters().get(Metric.LINE)).contains(new Counter(1, 1));
    }

    @Test
    void truncatedExecFileSaysSoInsteadOfNull() throws Exception {
        Path classes = JacocoRun.sampleClasses(dir);
        Path exec = JacocoRun.execute(classes, "io.deliverygates.coverage.sample.GreeterRun", dir.resolve("run.exec"));
        byte[] whole = Files.readAllBytes(exec);
        Path truncated = Files.write(dir.resolve("truncated.exec"), Arrays.copyOf(whole, whole.length / 2));

        assertMalformed(() -> new JacocoExecReader().read(List.of(truncated), List.of(classes)), truncated,
                "truncated");
        assertThatThrownBy(() -> new JacocoExecReader().read(List.of(truncated), List.of(classes)))
                .message().doesNotContain("null");
    }

    @Test
    void globMatchingNothingNamesTheFolderEvenForTheCurrentOne() {
        assertThatThrownBy(() -> ReportFiles.resolve(Path.of(""), "*.no-such-report.xml", "--jacoco"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("--jacoco: glob '*.no-such-report.xml' matches no file in "
                            + Path.of("").toAbsolutePath());
                });
        assertThatThrownBy(() -> ReportFiles.resolve(dir, "missing/*.xml", "--jacoco"))
                .hasMessageEndingWith("matches no file in " + dir.resolve("missing") + " (no such folder)");
    }

    // 11. thresholds, the default package and the summary's size

    @Test
    void impossibleThresholdsAreRejected() {
        for (String impossible : List.of("line.missed<=-1", "line:delta>=200", "branch:delta>=-100.5")) {
            assertThatThrownBy(() -> Condition.parse(impossible, "--condition"))
                    .isInstanceOfSatisfying(InputException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.INVALID_PARAMETER);
                        assertThat(e.getMessage()).startsWith("--condition: condition '" + impossible + "'");
                    });
        }
        // the limits themselves stay allowed
        assertThat(Condition.parse("line:delta>=-100", "c").threshold()).isEqualTo(-100);
        assertThat(Condition.parse("line.missed<=0", "c").threshold()).isZero();
        assertThat(Condition.parse("line.missed:delta<=-1", "c").threshold()).isEqualTo(-1);
    }

    @Test
    void defaultPackageIsScopedWithAnEmptyPackageName() throws Exception {
        Path report = write("default.xml", jacoco("<package name=\"\">\n" + jacocoClass("Main", 1, 3) + "</package>\n"
                + "<package name=\"a\">\n" + jacocoClass("a/A", 9, 1) + "</package>\n"));
        Condition condition = Condition.parse("line>=50@package=", "--condition");
        QualityGate gate = new QualityGate(List.of(condition, Condition.parse("line>=50@a", "c")), true);

        GateResult result = gate.evaluate(new CoverageLoader().load(dir,
                new ReportSelection(List.of("default.xml"), null, null, null), gate.requiredDetail()), null);

        assertThat(condition.scope()).isEqualTo(new Scope(Scope.Kind.PACKAGE, ""));
        assertThat(Condition.parse(condition.spec(), "c")).isEqualTo(condition);
        ConditionResult row = result.conditions().get(0);
        assertThat(row.verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(row.actual()).isEqualTo(25.0);
        assertThat(result.summary().packages()).containsOnlyKeys("", "a");
        assertThatThrownBy(() -> Condition.parse("line>=50@class=", "--condition")).hasMessageContaining("glob");
    }

    @Test
    void gateWithOnlyClassAndFileScopesStoresNoPackage() throws Exception {
        StringBuilder packages = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            packages.append("<package name=\"p").append(i).append("\">\n").append(jacocoClass("p" + i + "/Service", 3, 1))
                    .append("<sourcefile name=\"Service.java\"><counter type=\"LINE\" missed=\"1\" covered=\"3\"/>"
                            + "</sourcefile>\n</package>\n");
        }
        write("many.xml", jacoco(packages.toString()));
        QualityGate gate = QualityGate.parse(List.of("line>=70@class=*Service", "line>=70@file=p1/*"), false, "c");

        GateResult result = gate.evaluate(new CoverageLoader().load(dir,
                new ReportSelection(List.of("many.xml"), null, null, null), gate.requiredDetail()), null);
        CoverageSummary whole = gate.summarize(new CoverageLoader().load(dir,
                new ReportSelection(List.of("many.xml"), null, null, null)));

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.summary().scopes()).containsKeys("class=*Service", "file=p1/*");
        assertThat(result.summary().packages()).isEmpty();
        assertThat(whole.packages()).isEmpty();
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new AssertionError("marker not found");
    }

    /** What {@code action} writes to System.err (the JDK parser writes its "[Fatal Error]" line there). */
    private static String standardErrorOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
