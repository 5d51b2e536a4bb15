package io.deliverygates.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

/** Runs a deploy or rollback command, copying its output (stdout and stderr, merged) to ours line by line. */
final class ExternalCommand {
    private ExternalCommand() {
    }

    /** Runs {@code command} (program and arguments) and returns its exit code. */
    static int run(List<String> command, PrintWriter out) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                out.flush();
            }
            return process.waitFor();
        } finally {
            process.destroy();
        }
    }

    /** Runs a shell command line with {@code sh -c}. */
    static int runShell(String commandLine, PrintWriter out) throws IOException, InterruptedException {
        return run(List.of("sh", "-c", commandLine), out);
    }
}
