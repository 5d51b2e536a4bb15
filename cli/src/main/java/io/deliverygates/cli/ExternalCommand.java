package io.deliverygates.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A deploy or rollback command, its output (stdout and stderr, merged) copied to ours line by line. Where
 * {@code setsid} exists (Linux) the command runs in a process group of its own, so that {@link #stop} reaches
 * everything it started, also what it started in the background; elsewhere {@link #stop} reaches the processes
 * still descending from it.
 */
final class ExternalCommand {
    /** The setsid program, or null where there is none. */
    private static final String SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(path -> Files.isExecutable(Path.of(path))).findFirst().orElse(null);

    private final Process process;
    private final boolean ownGroup;

    private ExternalCommand(Process process, boolean ownGroup) {
        this.process = process;
        this.ownGroup = ownGroup;
    }

    /** Starts {@code command} (program and arguments), in a process group of its own where possible. */
    static ExternalCommand start(List<String> command) throws IOException {
        List<String> argv = new ArrayList<>();
        if (SETSID != null && !command.isEmpty() && !runnable(command.get(0))) {
            // say so as starting it directly would, rather than through setsid's exit code
            throw new IOException("Cannot run program \"" + command.get(0) + "\": no such executable file");
        }
        if (SETSID != null) {
            argv.add(SETSID); // the child is no group leader, so setsid makes it one without forking: pgid = pid
        }
        argv.addAll(command);
        return new ExternalCommand(new ProcessBuilder(argv).redirectErrorStream(true).start(), SETSID != null);
    }

    /** Whether a program name (a path, or a name looked up on PATH) names an executable file. */
    private static boolean runnable(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program))
                        && !Files.isDirectory(Path.of(folder, program)));
    }

    /** Runs {@code command} (program and arguments) and returns its exit code. */
    static int run(List<String> command, PrintWriter out) throws IOException, InterruptedException {
        ExternalCommand started = start(command);
        try {
            return started.copyOutputAndWait(out);
        } finally {
            started.process.destroy();
        }
    }

    /** Runs a shell command line with {@code sh -c}. */
    static int runShell(String commandLine, PrintWriter out) throws IOException, InterruptedException {
        return run(List.of("sh", "-c", commandLine), out);
    }

    /** Copies the command's output until it ends, and returns its exit code. */
    int copyOutputAndWait(PrintWriter out) throws IOException, InterruptedException {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                out.flush();
            }
            return process.waitFor();
        }
    }

    /**
     * Stops the command and everything it started: SIGTERM to its process group, then, for whatever still runs
     * after {@code grace}, SIGKILL. Returns once the command itself has ended.
     */
    void stop(Duration grace) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        signalGroup("TERM");
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && (process.isAlive() || groupAlive()
                || descendants.stream().anyMatch(ProcessHandle::isAlive))) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        signalGroup("KILL");
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(grace.toMillis() + 1000, TimeUnit.MILLISECONDS);
    }

    private boolean groupAlive() throws InterruptedException {
        return ownGroup && signalGroup("0");
    }

    /** Sends a signal to the command's process group with the shell's kill; true when some process got it. */
    private boolean signalGroup(String signal) throws InterruptedException {
        if (!ownGroup) {
            return false;
        }
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -s " + signal + " -- -" + process.pid() + " 2>/dev/null")
                    .redirectErrorStream(true).start();
            return kill.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
