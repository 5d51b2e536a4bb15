package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11, item 6, with real child JVMs: a scan stopped by SIGTERM removes its temporary folders (its own and
 * dependency-check's {@code dctemp*} database copy), and a scan removes the folders of killed scans, never a live
 * one's.
 */
class InterruptedScanTest {
    private final SecurityFixture fixture = SecurityFixture.get();
    private final List<Process> children = new java.util.ArrayList<>();

    @TempDir
    Path temp;

    @AfterEach
    void stopChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    @Timeout(240)
    void aScanStoppedBySigtermLeavesNoTemporaryFolders() throws Exception {
        Path scanTemp = temp.resolve("scan-tmp");
        Process scan = start("scan", fixture.dataDirectory.toAbsolutePath().toString(), scanTemp.toString(),
                SecurityFixture.LOG4J_2_14_1.toAbsolutePath().toString(), temp.resolve("reports").toString());

        Path databaseCopy = awaitDatabaseCopy(scanTemp, scan);
        scan.destroy(); // SIGTERM

        assertThat(scan.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(scan.exitValue()).as("stopped by the signal, not finished").isEqualTo(143);
        assertThat(databaseCopy).doesNotExist();
        assertThat(scanTemp).isEmptyDirectory();
    }

    @Test
    @Timeout(240)
    void aScanRemovesTheFoldersOfKilledScansButNeverALiveScansFolder() throws Exception {
        Path scanTemp = Files.createDirectories(temp.resolve("scan-tmp"));
        Process live = start("hold", scanTemp.toString());
        Process killed = start("hold", scanTemp.toString());
        Path liveFolder = awaitHeldFolder(scanTemp, live);
        Path killedFolder = awaitHeldFolder(scanTemp, killed);
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs, the folder stays behind
        killed.waitFor(60, TimeUnit.SECONDS);
        assertThat(killedFolder.resolve("dctemp-held")).isDirectory();

        ScanOutcome outcome = new DependencyScanner().scan(fixture.scanRequest(temp.resolve("reports"),
                SecurityFixture.LOG4J_2_17_1).withTempDirectory(scanTemp));

        assertThat(outcome.dependencies()).isEqualTo(1);
        assertThat(killedFolder).doesNotExist();
        assertThat(liveFolder.resolve("dctemp-held")).isDirectory();
        live.destroy();
        assertThat(live.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(liveFolder).doesNotExist();
    }

    private Process start(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ScanChild.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile(temp, "child", ".log").toFile()).start();
        children.add(process);
        return process;
    }

    /** Waits until the child's scan folder holds dependency-check's database copy: the scan is under way. */
    private static Path awaitDatabaseCopy(Path scanTemp, Process child) throws Exception {
        return await(child, () -> folderOf(scanTemp, child).flatMap(folder -> children(folder)
                .filter(path -> path.getFileName().toString().startsWith("dctemp")).findFirst()));
    }

    private static Path awaitHeldFolder(Path scanTemp, Process child) throws Exception {
        return await(child, () -> folderOf(scanTemp, child)
                .filter(folder -> Files.isDirectory(folder.resolve("dctemp-held"))));
    }

    private static Optional<Path> folderOf(Path scanTemp, Process child) {
        return children(scanTemp).filter(path -> path.getFileName().toString()
                .startsWith(ScanFolder.PREFIX + child.pid() + "-")).findFirst();
    }

    private static Stream<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Path await(Process child, java.util.function.Supplier<Optional<Path>> probe) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(child.isAlive()).as("the child is still running").isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("the child never got there");
    }
}
