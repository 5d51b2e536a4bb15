package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, for tests: loads a page and returns the DOM after rendering with every console
 * message the page logged (errors, CSP violations, uncaught exceptions), or takes a screenshot. Each run gets a
 * fresh profile and no background networking, so the only traffic is the page's own (file:// or 127.0.0.1).
 */
final class Chromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path executable;
    private final Path workDir;

    private Chromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /**
     * The installed chromium. Without one the calling test fails on CI (CI=true; .ci/run installs it) and is
     * skipped elsewhere.
     */
    static Chromium require(Path workDir) {
        Path found = CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (!"true".equals(System.getenv("CI"))) {
            assumeThat(found).as("chromium installed (apt-get install chromium)").isNotNull();
        }
        assertThat(found).as("chromium must be installed on CI: .ci/run installs Debian's chromium").isNotNull();
        return new Chromium(found, workDir);
    }

    /** What a page load gave: the serialized DOM and the console lines chromium logged. */
    record Load(String dom, List<String> console) {
    }

    /** Loads the page and dumps its DOM after scripts (if any) and layout ran. */
    Load dumpDom(String url) throws IOException, InterruptedException {
        Run run = run(List.of("--dump-dom", url));
        return new Load(run.stdout(), run.console());
    }

    /** Renders the page at the given window size into a PNG; returns the console lines. */
    List<String> screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        Run run = run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", url));
        assertThat(png).as("screenshot written; chromium said:%n%s", run.stderr()).exists();
        return run.console();
    }

    private record Run(String stdout, String stderr, List<String> console) {
    }

    private Run run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path stdout = workDir.resolve(profile.getFileName() + ".out");
        Path stderr = workDir.resolve(profile.getFileName() + ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
        } finally {
            process.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("chromium exit code; it said:%n%s", err).isZero();
        List<String> console;
        try (Stream<String> lines = err.lines()) {
            console = lines.filter(line -> line.contains(":CONSOLE")).toList();
        }
        return new Run(Files.readString(stdout, StandardCharsets.UTF_8), err, console);
    }
}
