package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What the ledger commands do with unusable ledgers, failed writes and hostile text (docs/ledger.md). */
class LedgerSafetyTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path folder;

    private FileLedger ledger(String name) throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder.resolve(name));
        ledger.append(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).id("e1").deploymentId("d1")
                .environment("production").version("1.0").outcome(Outcome.SUCCEEDED).build());
        return ledger;
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anImportHittingTheFileSizeLimitImportsNothingAndExits9WithOneLine() throws Exception {
        FileLedger ledger = ledger("job");
        byte[] before = Files.readAllBytes(ledger.file());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add("{\"schema\":1,\"id\":\"i" + i + "\",\"type\":\"DEPLOYMENT_FINISHED\",\"time\":\"" + T
                    + "\",\"environment\":\"dev\",\"version\":\"" + "v".repeat(300) + "\",\"outcome\":\"SUCCEEDED\"}");
        }
        Path input = folder.resolve("big.jsonl");
        Files.write(input, rows);
        assertThat(Files.size(input)).isGreaterThan(4 * 4096);

        // a real limit on the size of files the CLI process may write (sh's ulimit -f, in blocks of 512 or 1024
        // bytes): the ledger may grow a little, not by the whole import
        List<String> command = new ArrayList<>(List.of("sh", "-c", "ulimit -f 4 && exec \"$@\"", "sh"));
        command.addAll(CliProcess.command("ledger", "import", "--ledger", ledger.file().toString(), "--format",
                "jsonl", input.toString()));
        CliRun run = CliProcess.run(folder, command);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(9);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--ledger").contains("nothing imported")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(ledger.file())).as("all or nothing").isEqualTo(before);
    }

    @Test
    void aLedgerFileThatIsAFolderGivesExit9InEveryCommand() throws Exception {
        Path job = folder.resolve("job");
        Files.createDirectories(job.resolve(FileLedger.FILE_NAME));
        String path = job.toString();
        Path csv = folder.resolve("in.csv");
        Files.writeString(csv, "type,time\nBUILD_FINISHED,2026-11-01T10:00:00Z\n");

        List<CliRun> runs = List.of(
                CliRun.of("ledger", "show", "--ledger", path),
                CliRun.of("ledger", "export", "--ledger", path, "--format", "csv"),
                CliRun.of("ledger", "import", "--ledger", path, "--format", "csv", csv.toString()),
                CliRun.of("ledger", "retain", "--ledger", path, "--max-events", "1"),
                CliRun.of("metrics", "--ledger", path),
                CliRun.of("promote", "--ledger", path, "--to", "dev", "--version", "1", "--", "true"),
                CliRun.of("health", "--url", "http://127.0.0.1:1/", "--ledger", path, "--environment", "dev"));
        for (CliRun run : runs) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(9);
            assertThat(run.err()).contains("is a folder, not a ledger file").doesNotContain("Exception");
        }
    }

    @Test
    void aFileWithoutTheLedgerHeaderIsRefusedWithExit8AndLeftAsItIs() throws Exception {
        Path notes = folder.resolve("notes.jsonl");
        String content = "{\"mine\":true}\nno newline at the end";
        Files.writeString(notes, content);

        CliRun promote = CliRun.of("promote", "--ledger", notes.toString(), "--to", "dev", "--version", "1", "--",
                "true");
        CliRun retain = CliRun.of("ledger", "retain", "--ledger", notes.toString(), "--max-events", "1");

        assertThat(promote.exitCode()).as(promote.err()).isEqualTo(8);
        assertThat(promote.err()).contains(notes.toString()).contains("not a delivery ledger");
        assertThat(retain.exitCode()).isEqualTo(8);
        assertThat(Files.readString(notes)).isEqualTo(content);
    }

    @Test
    void showEscapesControlCharactersSoEachEventStaysOneInertLine() throws Exception {
        FileLedger ledger = FileLedger.inFolder(folder.resolve("job"));
        ledger.append(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, T).id("e1").environment("prod\u001b]0;x\u0007")
                .version("1.0\n2.0\u001b[31mRED\r").outcome(Outcome.FAILED).message("\u001b[2Jcleared\tscreen\u202e")
                .build());

        CliRun show = CliRun.of("ledger", "show", "--ledger", folder.resolve("job").toString());

        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u0007")
                .doesNotContain("\u202e").doesNotContain("\t")
                .contains("1.0\\n2.0\\u001b[31mRED\\r").contains("\\u001b[2Jcleared\\tscreen\\u202e")
                .contains("prod\\u001b]0;x\\u0007");
        assertThat(show.out().lines()).hasSize(3); // heading, the event, the count
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void eachLedgerWarningIsPrintedOnce() throws Exception {
        FileLedger ledger = ledger("job");
        Files.writeString(ledger.file(), "{\"schema\":1,\"id\":\"x\",\"crc\":\"00000000\"}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        for (String[] args : new String[][] {{"ledger", "show", "--ledger", ledger.file().toString()},
            {"metrics", "--ledger", ledger.file().toString()},
            {"promote", "--ledger", ledger.file().toString(), "--to", "dev", "--version", "2", "--", "true"},
            {"health", "--url", "http://127.0.0.1:1/", "--ledger", ledger.file().toString(), "--environment",
                "production", "--rollback-command", "true"}}) {
            CliRun run = CliProcess.run(folder, CliProcess.command(args));
            assertThat(run.exitCode()).as(run.err()).isEqualTo("health".equals(args[0]) ? ExitCodes.FAILED : 0);
            String warning = "skipped a record: checksum mismatch";
            assertThat(run.err().split(warning, -1)).as(String.join(" ", args) + ":\n" + run.err()).hasSize(2);
        }
    }
}
