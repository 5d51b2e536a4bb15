package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.coverage.TwoBuilds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gate} on input that is not good: one line on stderr, the right exit code, never a silent pass. */
class GateFailClosedTest {
    @TempDir
    Path dir;

    @Test
    void classMismatchWarnsInTextAndJsonAndFailsOnRequest() throws Exception {
        TwoBuilds builds = TwoBuilds.create(dir);
        String[] gate = {"gate", "--jacoco-exec", builds.exec().toString(), "--classes", builds.build2().toString(),
            "--condition", "line>=0"};

        CliRun text = CliRun.of(gate);
        CliRun json = CliRun.of(append(gate, "--json"));
        CliRun strict = CliRun.of(append(gate, "--fail-on-class-mismatch"));
        CliRun sameBuild = CliRun.of("gate", "--jacoco-exec", builds.exec().toString(), "--classes",
                builds.build1().toString(), "--fail-on-class-mismatch");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("WARNING: Some classes do not match with execution data", "mm.Calc");
        assertThat(json.out()).contains("\"warnings\" : [ \"Some classes do not match with execution data: 1 class");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(strict.err()).startsWith("delivery-gates: " + builds.exec() + ": 1 class does not match")
                .hasLineCount(1);
        assertThat(sameBuild.exitCode()).as(sameBuild.err()).isZero();
    }

    @Test
    void negativeCounterIsMalformedNotAnInternalError() throws Exception {
        Path report = Files.writeString(dir.resolve("jacoco.xml"), "<report name=\"x\"><package name=\"a\">"
                + "<class name=\"a/A\"><counter type=\"LINE\" missed=\"-1\" covered=\"2\"/></class></package></report>");

        CliRun run = CliRun.of("gate", "--jacoco", report.toString(), "--condition", "line>=50");

        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.err()).isEqualTo("delivery-gates: " + report + ":1: <counter> attribute missed=\"-1\" is negative;"
                + " a count cannot be below 0" + System.lineSeparator());
    }

    @Test
    void badlyEncodedReportPrintsOneLineAndNoFatalError() throws Exception {
        byte[] bytes = "<report name=\"x\"><package name=\"aX\"/></report>".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 17] = (byte) 0xFF; // never valid in UTF-8
        Path report = Files.write(dir.resolve("bad.xml"), bytes);
        PrintStream original = System.err;
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        CliRun run;
        System.setErr(new PrintStream(jdk, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of("gate", "--jacoco", report.toString());
        } finally {
            System.setErr(original);
        }

        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.err()).startsWith("delivery-gates: " + report).hasLineCount(1);
        assertThat(jdk.toString(StandardCharsets.UTF_8)).doesNotContain("[Fatal Error]").isEmpty();
    }

    @Test
    void globMatchingNothingInTheCurrentFolderNamesIt() {
        CliRun run = CliRun.of("gate", "--jacoco", "*.no-such-report.xml");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("matches no file in " + Path.of("").toAbsolutePath());
    }

    @Test
    void impossibleThresholdsAreUsageErrors() {
        for (String condition : new String[] {"line.missed<=-1", "line:delta>=200"}) {
            CliRun run = CliRun.of("gate", "--jacoco", "x.xml", "--condition", condition);
            assertThat(run.exitCode()).as(condition).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--condition: condition '" + condition + "'");
        }
    }

    private static String[] append(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
