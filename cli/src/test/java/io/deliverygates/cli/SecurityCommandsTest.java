package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.security.FeedServer;
import io.deliverygates.security.NvdFeed;
import io.deliverygates.security.ScanSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code update} and {@code scan} in-process, on a feed served from 127.0.0.1 and real jars from Central. */
class SecurityCommandsTest {
    private static final Path VULNERABLE = Path.of("target", "vulnerable-jars", "log4j-core-2.14.1.jar");
    private static final Path FIXED = Path.of("target", "vulnerable-jars", "log4j-core-2.17.1.jar");

    @TempDir
    static Path shared;
    private static FeedServer server;
    private static Path dataDirectory;

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeAll
    static void update() {
        server = new FeedServer(NvdFeed.write(shared.resolve("feed"), NvdFeed.RECORDS));
        dataDirectory = shared.resolve("data");
        StringWriter output = new StringWriter();

        int code = DeliveryGatesCommand.execute(new String[] {"update", "--data-dir", dataDirectory.toString(),
            "--feed-url", server.url()}, new PrintWriter(output), new PrintWriter(new StringWriter()));

        assertThat(code).isEqualTo(ExitCodes.PASSED);
        assertThat(output.toString()).contains("updated from " + server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void scanAboveMaxCvssIsUnstableAndWritesAllReports() {
        int code = scan(VULNERABLE.toString(), "--max-cvss", "9.0", "--criticality", "UNSTABLE");

        assertThat(code).isEqualTo(ExitCodes.UNSTABLE);
        assertThat(stdout.toString()).contains("Security gate: UNSTABLE", "CVE-2021-44228", "10.0", "CVSS v3",
                "CVE-2021-44832");
        assertThat(out).isDirectoryContaining("glob:**/dependency-check-report.sarif")
                .isDirectoryContaining("glob:**/dependency-check-report.html")
                .isDirectoryContaining("glob:**/dependency-check-report.json")
                .isDirectoryContaining("glob:**/security-gate.html")
                .isDirectoryContaining("glob:**/" + ScanSummary.FILE_NAME);
    }

    @Test
    void fixedVersionPasses() {
        assertThat(scan(FIXED.toString(), "--fail-on-severity", "low")).isEqualTo(ExitCodes.PASSED);
        assertThat(stdout.toString()).contains("Security gate: PASSED (1 dependencies, 0 findings");
    }

    @Test
    void tempDirHoldsTheScansTemporaryFilesAndIsLeftEmpty() throws IOException {
        Path temp = out.resolve("scan-tmp");
        Path file = Files.writeString(out.resolve("a-file"), "not a folder");

        assertThat(scan(FIXED.toString(), "--temp-dir", temp.toString())).isEqualTo(ExitCodes.PASSED);
        assertThat(temp).isEmptyDirectory();
        assertThat(scan(FIXED.toString(), "--temp-dir", file.toString()))
                .isEqualTo(ExitCodes.of(io.deliverygates.common.InputException.Problem.UNREADABLE));
        assertThat(stderr.toString()).contains(file.toString());
    }

    @Test
    void denyListFailsAndAllowListWithDateAccepts() {
        assertThat(scan(VULNERABLE.toString(), "--deny", "CVE-2021-44832")).isEqualTo(ExitCodes.FAILED);
        assertThat(stdout.toString()).contains("CVE-2021-44832 in log4j-core-2.14.1.jar is on the deny list");

        assertThat(scan(VULNERABLE.toString(), "--max-cvss", "7", "--allow", "CVE-2021-44228=2999-12-31"))
                .isEqualTo(ExitCodes.PASSED);
        assertThat(stdout.toString()).contains("1 allowed");
    }

    @Test
    void referenceSummaryMakesKnownFindingsOld() throws IOException {
        Path summary = out.resolve("reference").resolve("summary.json");
        assertThat(scan(VULNERABLE.toString(), "--summary-out", summary.toString())).isEqualTo(ExitCodes.PASSED);
        assertThat(Files.exists(summary)).isTrue();

        int code = scan(VULNERABLE.toString(), "--reference", summary.toString(), "--new-only", "--fail-on-severity",
                "LOW");

        assertThat(code).isEqualTo(ExitCodes.PASSED);
        assertThat(stdout.toString()).contains("2 findings, 0 new");
    }

    @Test
    void inputProblemsHaveTheirExitCodes() {
        assertThat(run("scan", "--data-dir", out.resolve("empty").toString(), FIXED.toString()))
                .isEqualTo(ExitCodes.of(io.deliverygates.common.InputException.Problem.UNAVAILABLE));
        assertThat(stderr.toString()).contains("run the update first");

        assertThat(run("update", "--data-dir", dataDirectory.toString(), "--nvd-api-key-env",
                "DELIVERY_GATES_NO_SUCH_VARIABLE")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString()).contains("DELIVERY_GATES_NO_SUCH_VARIABLE");

        assertThat(scan(FIXED.toString(), "--allow", "CVE-2021-44228")).isEqualTo(ExitCodes.USAGE);
        assertThat(scan(FIXED.toString(), "--fail-on-severity", "urgent")).isEqualTo(ExitCodes.USAGE);
        assertThat(scan(FIXED.toString(), "--formats", "pdf")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("update", "--data-dir", dataDirectory.toString(), "--proxy", "nohost"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString()).contains("--allow", "--fail-on-severity", "pdf", "--proxy");
    }

    private int scan(String... arguments) {
        List<String> all = new ArrayList<>(List.of("scan", "--data-dir", dataDirectory.toString(), "--out",
                out.toString()));
        all.addAll(List.of(arguments));
        return run(all.toArray(String[]::new));
    }

    private int run(String... arguments) {
        return DeliveryGatesCommand.execute(arguments, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }
}
