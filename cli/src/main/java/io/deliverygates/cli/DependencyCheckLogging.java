package io.deliverygates.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where dependency-check's own log goes ({@code update}, {@code scan}). By default nowhere: the user sees our
 * one-line result or error, never dependency-check's stack traces. The CLI's SLF4J binding is slf4j-simple, which
 * reads these system properties once, when the first logger is made, so {@link #apply()} runs before the engine.
 */
final class DependencyCheckLogging {
    @Option(names = "--verbose", description = "Show dependency-check's log (INFO and above) on standard error.")
    boolean verbose;

    @Option(names = "--log-file", paramLabel = "FILE",
            description = "Write dependency-check's log (INFO and above, with stack traces) to FILE.")
    Path logFile;

    void apply() {
        if (logFile != null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toAbsolutePath().toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose || logFile != null ? "info" : "off");
    }
}
