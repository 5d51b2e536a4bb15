package io.deliverygates.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs {@code delivery-gates} commands in-process for a demo part, as a user would type them: each command line is
 * echoed like a shell transcript (paths below the part's folder shortened to relative ones), then its output and
 * exit code. Using the real commands keeps the demo honest: it shows exactly what the CLI does.
 */
final class DemoShell {
    private final Path dir;
    private final PrintWriter out;

    DemoShell(Path dir, PrintWriter out) {
        this.dir = dir.toAbsolutePath().normalize();
        this.out = out;
    }

    /** Runs one command; returns its exit code. */
    int run(String... args) {
        out.println("$ delivery-gates " + Arrays.stream(args).map(this::shown).collect(Collectors.joining(" ")));
        out.flush();
        long start = System.nanoTime();
        int code = DeliveryGatesCommand.execute(args, out, out);
        out.printf(Locale.ROOT, "  -> exit code %d (%.1f s)%n", code, (System.nanoTime() - start) / 1e9);
        out.flush();
        return code;
    }

    private String shown(String arg) {
        String relative = arg.replace(dir.toUri().toString(), "file:./").replace(dir + java.io.File.separator, "");
        return relative.isEmpty() || relative.matches("[\\w./:@#=,+-]+") ? relative : "'" + relative + "'";
    }
}
