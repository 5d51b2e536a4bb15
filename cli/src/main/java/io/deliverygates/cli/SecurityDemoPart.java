package io.deliverygates.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.GZIPOutputStream;

/**
 * The security scan, offline: writes a small data feed in the NVD API 2.0 format (real CVE records from the
 * jar's resources, see demo/README.md) and jars that hold only a manifest and the {@code pom.properties} of real
 * vulnerable versions (no code: dependency-check identifies a jar by its metadata), then runs the real
 * {@code update} from that {@code file://} feed and the real {@code scan} with the security gate.
 */
final class SecurityDemoPart implements DemoPart {
    static final String FEED = "nvd-feed/";
    static final List<String> FEED_FILES = List.of("nvdcve-2015.json", "nvdcve-2020.json", "nvdcve-2021.json",
            "nvdcve-modified.json");
    /** Real coordinates: three vulnerable versions and one without a CVE in the feed. */
    static final List<Coordinates> JARS = List.of(
            new Coordinates("org.apache.logging.log4j", "log4j-core", "2.14.1", "Apache Log4j Core",
                    "The Apache Software Foundation"),
            new Coordinates("commons-collections", "commons-collections", "3.2.1", "Commons Collections",
                    "The Apache Software Foundation"),
            new Coordinates("com.fasterxml.jackson.core", "jackson-databind", "2.12.5", "jackson-databind",
                    "FasterXML"),
            new Coordinates("org.apache.logging.log4j", "log4j-core", "2.17.1", "Apache Log4j Core",
                    "The Apache Software Foundation"));
    static final String DENIED = "CVE-2021-44228";

    /** A Maven artifact as its jar's metadata names it. */
    record Coordinates(String groupId, String artifactId, String version, String title, String vendor) {
        String fileName() {
            return artifactId + "-" + version + ".jar";
        }
    }

    @Override
    public String title() {
        return "Security scan: vulnerable dependencies";
    }

    @Override
    public String directory() {
        return "security";
    }

    @Override
    public String description() {
        return "Writes a data feed in the NVD API 2.0 format with five real CVE records (Log4Shell among them) and"
                + " four jars naming real versions of log4j-core, commons-collections and jackson-databind, fills a"
                + " vulnerability database from the feed with 'update', then scans the jars with 'scan': CVSS above"
                + " 7.0 fails the gate, and " + DENIED + " is on the deny list.";
    }

    @Override
    public List<Page> write(Path dir, PrintWriter out) throws IOException {
        Path feed = writeFeed(dir.resolve("feed"));
        Path lib = Files.createDirectories(dir.resolve("app").resolve("lib"));
        for (Coordinates jar : JARS) {
            writeJar(lib.resolve(jar.fileName()), jar);
        }
        Path data = dir.resolve("data");
        Path reports = dir.resolve("reports");
        DemoShell shell = new DemoShell(dir, out);
        int update = shell.run("update", "--data-dir", data.toString(), "--feed-url", feed.toUri().toString());
        if (update != ExitCodes.PASSED) {
            out.println("The update failed, so there is nothing to scan against.");
            return List.of();
        }
        shell.run("scan", "--data-dir", data.toString(), "--out", reports.toString(), "--name", "demo shop",
                "--max-cvss", "7.0", "--deny", DENIED, lib.toString());
        return List.of(new Page("reports/security-gate.html", "Security gate: the verdict and every finding"),
                new Page("reports/dependency-check-report.html", "dependency-check's HTML report"),
                new Page("reports/dependency-check-report.sarif", "… as SARIF (for code scanning)"),
                new Page("reports/dependency-check-report.json", "… as JSON"),
                new Page("feed/cache.properties", "The NVD-format feed the database was filled from"));
    }

    /** The feed folder dependency-check reads: gzipped year files and {@code cache.properties}. */
    private static Path writeFeed(Path feed) throws IOException {
        Files.createDirectories(feed);
        for (String file : FEED_FILES) {
            try (InputStream in = CoverageDemoPart.resource(FEED + file);
                 OutputStream gz = new GZIPOutputStream(Files.newOutputStream(feed.resolve(file + ".gz")))) {
                in.transferTo(gz);
            }
        }
        try (InputStream in = CoverageDemoPart.resource(FEED + "cache.properties")) {
            Files.copy(in, feed.resolve("cache.properties"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return feed;
    }

    /** A jar with a manifest and {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}, as Maven builds write them. */
    private static void writeJar(Path file, Coordinates jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.IMPLEMENTATION_TITLE, jar.title());
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, jar.version());
        main.put(Attributes.Name.IMPLEMENTATION_VENDOR, jar.vendor());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            out.putNextEntry(new JarEntry("META-INF/maven/" + jar.groupId() + "/" + jar.artifactId()
                    + "/pom.properties"));
            out.write(("groupId=" + jar.groupId() + "\nartifactId=" + jar.artifactId() + "\nversion=" + jar.version()
                    + "\n").getBytes(StandardCharsets.ISO_8859_1));
            out.closeEntry();
        }
    }
}
