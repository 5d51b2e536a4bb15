package io.jenkins.plugins.deliverygates.performance;

import hudson.FilePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real JMH results for the plugin tests: the ones the engine's tests use (two runs of the same code and one with
 * 20 % more work; engine/src/test/resources/io/deliverygates/performance/README.md), read from the engine module.
 */
final class Results {
    static final String SAME_1 = "jmh-run1.json";
    static final String SAME_2 = "jmh-run2.json";
    static final String SLOW = "jmh-slow.json";
    static final String JMETER_SLOW = "jmeter-slow.jtl";

    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."))
            .resolve("../engine/src/test/resources/io/deliverygates/performance");

    private Results() {
    }

    /** Puts {@code result} into a workspace, on whichever machine it is, as {@code name}. */
    static void install(FilePath workspace, String result, String name) throws IOException, InterruptedException {
        workspace.mkdirs();
        workspace.child(name).write(Files.readString(FOLDER.resolve(result), StandardCharsets.UTF_8), "UTF-8");
    }
}
