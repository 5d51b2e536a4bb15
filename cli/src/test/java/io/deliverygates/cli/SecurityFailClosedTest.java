package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.InputException.Problem;
import io.deliverygates.security.FeedServer;
import io.deliverygates.security.NvdFeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #11, items 1-3, 5, 7 and 8 through the command line: real feed on 127.0.0.1, real jars, real child JVMs. */
class SecurityFailClosedTest {
    private static final Path VULNERABLE = Path.of("target", "vulnerable-jars", "log4j-core-2.14.1.jar");
    private static final String YEAR_2021 = "nvdcve-2021.json.gz";

    @TempDir
    static Path shared;
    private static FeedServer server;
    private static Path dataDirectory;

    @TempDir
    Path temp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeAll
    static void update() {
        server = new FeedServer(NvdFeed.write(shared.resolve("feed"), NvdFeed.RECORDS));
        dataDirectory = shared.resolve("data");
        int code = DeliveryGatesCommand.execute(new String[] {"update", "--data-dir", dataDirectory.toString(),
            "--feed-url", server.url()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(ExitCodes.PASSED);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The reproduction: today the scan after the failed update passes with 0 findings. */
    @Test
    void aFeedWithATruncatedYearFileFailsTheUpdateAndTheScanAfterIt() throws IOException {
        Path feed = NvdFeed.write(temp.resolve("feed"), NvdFeed.RECORDS);
        byte[] whole = Files.readAllBytes(feed.resolve(YEAR_2021));
        Files.write(feed.resolve(YEAR_2021), Arrays.copyOf(whole, whole.length / 2));
        Path data = temp.resolve("data");
        try (FeedServer truncated = new FeedServer(feed)) {
            assertThat(run("update", "--data-dir", data.toString(), "--feed-url", truncated.url()))
                    .isEqualTo(Problem.MALFORMED.exitCode());
            assertThat(stderr.toString()).contains(truncated.url() + YEAR_2021);
        }

        assertThat(run("scan", "--data-dir", data.toString(), "--deny", "CVE-2021-44228", "--out",
                temp.resolve("out").toString(), VULNERABLE.toString())).isEqualTo(Problem.UNAVAILABLE.exitCode());
        assertThat(stderr.toString()).contains(data.toString(), "run the update");
    }

    @Test
    void updateChecksEveryTimeByDefaultAndSaysWhenItSkipped() {
        assertThat(run("update", "--data-dir", dataDirectory.toString(), "--feed-url", server.url()))
                .isEqualTo(ExitCodes.PASSED);
        assertThat(stdout.toString()).doesNotContain("not updated").contains("from " + server.url());

        assertThat(run("update", "--data-dir", dataDirectory.toString(), "--feed-url", server.url(),
                "--valid-for-hours", "4")).isEqualTo(ExitCodes.PASSED);
        assertThat(stdout.toString()).contains("not updated: the last update completed at", "--valid-for-hours",
                server.url() + " was not contacted");

        assertThat(run("update", "--data-dir", dataDirectory.toString(), "--valid-for-hours", "-1"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("update", "--data-dir", dataDirectory.toString(), "--feed-url", " "))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString()).contains("--valid-for-hours", "--feed-url");
    }

    @Test
    void nothingScannedFailsUnlessAllowEmptyIsGiven() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("README.txt"), "no dependencies");

        assertThat(scan(docs.toString())).isEqualTo(Problem.EMPTY.exitCode());
        assertThat(stderr.toString()).contains(docs + ": no dependencies found in the scanned paths", "--allow-empty");
        assertThat(scan(docs.toString(), "--allow-empty")).isEqualTo(ExitCodes.PASSED);
        assertThat(stdout.toString()).contains("Security gate: PASSED (0 dependencies");
    }

    @Test
    void optionProblemsNameTheOptionAsTyped() {
        assertThat(scan(VULNERABLE.toString(), "--max-cvss", "11")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString()).contains("--max-cvss").doesNotContain("maxCvss");
        assertThat(scan(VULNERABLE.toString(), "--deny", "not an id")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString()).contains("--deny: 'not an id' is not a vulnerability id");
        assertThat(scan(VULNERABLE.toString(), "--formats", "")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString()).contains("--formats: names no report format");
        assertThat(scan(VULNERABLE.toString(), "--criticality", "Unstable", "--max-cvss", "9.75"))
                .isEqualTo(ExitCodes.UNSTABLE);
        assertThat(stdout.toString()).contains("above the maximum 9.75");
        assertThat(scan(VULNERABLE.toString(), "--fail-on-severity", "unscored")).isEqualTo(ExitCodes.FAILED);
    }

    /**
     * dependency-check fails inside (a mirror that changes under it) and logs its stack trace: the user sees our one
     * line on standard error, the detail goes to --log-file. A real CLI JVM, as a user runs it.
     */
    @Test
    void updateErrorsAreOneLineWithTheDetailInTheLogFile() throws Exception {
        Path feed = NvdFeed.write(temp.resolve("feed"), NvdFeed.RECORDS);
        byte[] whole = Files.readAllBytes(feed.resolve(YEAR_2021));
        Path log = temp.resolve("update.log");
        try (FeedServer flaky = new FeedServer(feed)) {
            flaky.serveLater(YEAR_2021, Arrays.copyOf(whole, whole.length / 2));
            Result quiet = runCli("update", "--data-dir", temp.resolve("data").toString(), "--feed-url", flaky.url());

            assertThat(quiet.code()).isEqualTo(Problem.UNAVAILABLE.exitCode());
            assertThat(quiet.stderr()).hasLineCount(1).startsWith("delivery-gates: " + flaky.url());
            assertThat(quiet.stdout()).isEmpty();
        }
        try (FeedServer flaky = new FeedServer(feed)) {
            flaky.serveLater(YEAR_2021, Arrays.copyOf(whole, whole.length / 2));
            Result logged = runCli("update", "--data-dir", temp.resolve("data2").toString(), "--feed-url",
                    flaky.url(), "--log-file", log.toString());

            assertThat(logged.code()).isEqualTo(Problem.UNAVAILABLE.exitCode());
            assertThat(logged.stderr()).hasLineCount(1);
            assertThat(Files.readString(log)).contains("ERROR", "\tat org.owasp.dependencycheck");
        }
    }

    private record Result(int code, String stdout, String stderr) {
    }

    private Result runCli(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), DeliveryGatesCommand.class.getName()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(temp, "stdout", ".txt");
        Path err = Files.createTempFile(temp, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private int scan(String... arguments) {
        List<String> all = new ArrayList<>(List.of("scan", "--data-dir", dataDirectory.toString(), "--out",
                temp.resolve("out").toString()));
        all.addAll(List.of(arguments));
        return run(all.toArray(String[]::new));
    }

    private int run(String... arguments) {
        return DeliveryGatesCommand.execute(arguments, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }
}
