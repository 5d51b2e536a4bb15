package io.jenkins.plugins.deliverygates.security;

import hudson.FilePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small NVD-format data feed for the JenkinsRule tests, from the test resources: the NVD's records of
 * CVE-2021-44228 and CVE-2021-44832 (log4j), as the engine's tests generate them. Written as a {@code file:} feed,
 * so the update stays on this machine.
 */
public final class SecurityFeed {
    public static final Path VULNERABLE_JAR = Path.of("target", "vulnerable-jars", "log4j-core-2.14.1.jar").toAbsolutePath();

    /** Where {@link #installJar} puts the jar: paths a job scans are relative to its workspace. */
    static final String JAR_IN_WORKSPACE = "lib/log4j-core-2.14.1.jar";

    private SecurityFeed() {
    }

    /** Copies the vulnerable jar into {@code workspace} at {@link #JAR_IN_WORKSPACE}. */
    static void installJar(FilePath workspace) throws IOException, InterruptedException {
        workspace.child(JAR_IN_WORKSPACE).copyFrom(new FilePath(VULNERABLE_JAR.toFile()));
    }

    /** Writes the feed below {@code folder} and returns its {@code file:} URL. */
    public static String write(Path folder) throws IOException {
        Files.createDirectories(folder);
        copy("cache.properties", folder.resolve("cache.properties"), false);
        copy("nvdcve-2021.json", folder.resolve("nvdcve-2021.json.gz"), true);
        copy("nvdcve-modified.json", folder.resolve("nvdcve-modified.json.gz"), true);
        return folder.toUri().toString();
    }

    private static void copy(String resource, Path target, boolean gzip) throws IOException {
        try (InputStream in = SecurityFeed.class.getResourceAsStream("nvd-feed/" + resource);
                OutputStream file = Files.newOutputStream(target);
                OutputStream out = gzip ? new GZIPOutputStream(file) : file) {
            in.transferTo(out);
        }
    }
}
