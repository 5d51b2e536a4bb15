package io.deliverygates.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI as a real child process (its own JVM, the test classpath): for what an in-process run cannot show, such
 * as signals, exit codes set by the JVM, file-size limits and what the JVM's logging prints.
 */
final class CliProcess {
    private CliProcess() {
    }

    /** The command line that runs the CLI with {@code args}. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), DeliveryGatesCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Starts the CLI in {@code folder}, its standard output and error going to files there. It starts through perl,
     * which restores SIGINT's default action and then becomes the JVM (same pid): a build started in the background
     * by a non-interactive shell inherits SIGINT as ignored, and the JVM then installs no handler for it.
     */
    static Process start(Path folder, List<String> command) throws IOException {
        List<String> withDefaultSigint = new ArrayList<>(List.of("perl", "-e",
                "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec $ARGV[0]: $!\\n\";"));
        withDefaultSigint.addAll(command);
        return new ProcessBuilder(withDefaultSigint).directory(folder.toFile())
                .redirectOutput(folder.resolve("cli.out").toFile()).redirectError(folder.resolve("cli.err").toFile())
                .start();
    }

    /** Runs the CLI to its end and returns its exit code, output and error. */
    static CliRun run(Path folder, List<String> command) throws Exception {
        Process process = start(folder, command);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not end: " + command);
        }
        return new CliRun(process.exitValue(), output(folder), errors(folder));
    }

    static String output(Path folder) throws IOException {
        return Files.readString(folder.resolve("cli.out"), StandardCharsets.UTF_8);
    }

    static String errors(Path folder) throws IOException {
        return Files.readString(folder.resolve("cli.err"), StandardCharsets.UTF_8);
    }

    /** Whether a process still runs (a zombie, ended but not yet reaped, does not). */
    static boolean running(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false; // no such process (Linux /proc)
        }
    }

    /** Sends a signal with the shell's kill (Process.destroy can send only SIGTERM and SIGKILL). */
    static void signal(long pid, String signal) throws Exception {
        signal(Long.toString(pid), signal);
    }

    /** Sends a signal to a kill target: a pid, or {@code -- -PGID} for a process group. */
    static void signal(String target, String signal) throws Exception {
        new ProcessBuilder("sh", "-c", "kill -s " + signal + " " + target).inheritIO().start().waitFor();
    }

    /** Waits until {@code file} holds a process id and returns it. */
    static long awaitPid(Path file, Process cli) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && !Files.readString(file).isBlank()) {
                return Long.parseLong(Files.readString(file).trim());
            }
            if (!cli.isAlive()) {
                throw new AssertionError("the CLI ended early: " + cli.exitValue());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no pid in " + file);
    }
}
