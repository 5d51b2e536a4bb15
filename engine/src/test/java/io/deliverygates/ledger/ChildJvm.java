package io.deliverygates.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link AppenderProcess} in a separate JVM with the test classpath. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process appender(Path folder, long count, String prefix) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xmx64m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(AppenderProcess.class.getName());
        command.add(folder.toString());
        command.add(Long.toString(count));
        command.add(prefix);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
