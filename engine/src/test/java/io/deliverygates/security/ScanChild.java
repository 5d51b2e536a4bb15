package io.deliverygates.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The other process of {@link InterruptedScanTest}: a real JVM that either scans in a loop until it is killed
 * ({@code scan DATA TEMP JAR REPORTS}) or holds a scan folder as a running scan does ({@code hold TEMP}).
 */
public final class ScanChild {
    private ScanChild() {
    }

    public static void main(String[] args) throws Exception {
        if ("hold".equals(args[0])) {
            try (ScanFolder folder = ScanFolder.create(Path.of(args[1]))) {
                Files.createDirectories(folder.path().resolve("dctemp-held"));
                System.out.println("holding " + folder.path());
                Thread.sleep(Duration.ofMinutes(5).toMillis());
            }
            return;
        }
        ScanRequest request = new ScanRequest(Path.of(args[1]), List.of(Path.of(args[3])), List.of(), Path.of(args[4]),
                Set.of(), "child", false, false, Duration.ofMinutes(1), Path.of(args[2]));
        for (int run = 1; run <= 1000; run++) {
            new DependencyScanner().scan(request);
            System.out.println("scan " + run + " done");
        }
    }
}
