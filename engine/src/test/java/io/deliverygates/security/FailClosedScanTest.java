package io.deliverygates.security;

import static io.deliverygates.security.DependencyScannerTest.SUPPRESSION_NS;
import static io.deliverygates.security.DependencyScannerTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #11, items 4, 5 and 8 (scan side): inputs the scan cannot check are errors, and findings are counted once. */
class FailClosedScanTest {
    private final SecurityFixture fixture = SecurityFixture.get();
    private final DependencyScanner scanner = new DependencyScanner();

    @TempDir
    Path temp;

    @Test
    void suppressionFilesThatBreakTheirSchemaAreErrors() throws IOException {
        Path unknownElement = suppressions("unknown.xml", SUPPRESSION_NS, """
                <suppress><notes>typo</notes><cve>CVE-2021-44832</cve><packageUrl>x</packageUrl><severity>LOW</severity></suppress>""");
        Path newerElementUnderOlderNamespace = suppressions("old-namespace.xml",
                "https://jeremylong.github.io/DependencyCheck/dependency-suppression.1.2.xsd", """
                <suppress><packageUrl regex="true">^pkg:maven/org\\.apache\\.logging\\.log4j/.*$</packageUrl>
                <cve>CVE-2021-44832</cve></suppress>""");

        for (Path file : List.of(unknownElement, newerElementUnderOlderNamespace)) {
            assertProblem(() -> scanner.scan(fixture.scanRequest(temp.resolve("reports"),
                    List.of(SecurityFixture.LOG4J_2_14_1), List.of(file), Set.of())), Problem.WRONG_FORMAT,
                    file.toString());
        }
    }

    @Test
    void nothingScannedIsNotAPassUnlessAllowed() throws IOException {
        Path emptyFolder = Files.createDirectories(temp.resolve("empty"));
        Path textOnly = Files.createDirectories(temp.resolve("text"));
        Files.writeString(textOnly.resolve("README.txt"), "no dependencies here");
        Files.writeString(textOnly.resolve("notes.md"), "# none");

        for (Path path : List.of(emptyFolder, textOnly)) {
            assertProblem(() -> scanner.scan(fixture.scanRequest(temp.resolve("reports"), path)), Problem.EMPTY,
                    path + ": no dependencies found in the scanned paths");
        }
        ScanOutcome allowed = scanner.scan(fixture.scanRequest(temp.resolve("reports"), textOnly).withAllowEmpty(true));
        assertThat(allowed.dependencies()).isZero();
        assertThat(allowed.findings()).isEmpty();
    }

    @Test
    void aJarThatCannotBeOpenedIsAnInputProblemNamingIt() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("lib"));
        Files.copy(SecurityFixture.LOG4J_2_17_1, folder.resolve("log4j-core-2.17.1.jar"));
        Path empty = Files.createFile(folder.resolve("empty.jar"));
        byte[] whole = Files.readAllBytes(SecurityFixture.LOG4J_2_14_1);
        Path truncated = Files.write(temp.resolve("log4j-core-2.14.1.jar"), Arrays.copyOf(whole, whole.length / 2));

        assertProblem(() -> scanner.scan(fixture.scanRequest(temp.resolve("reports"), folder)), Problem.EMPTY,
                empty.toString());
        assertProblem(() -> scanner.scan(fixture.scanRequest(temp.resolve("reports"), truncated)), Problem.MALFORMED,
                truncated.toString());
    }

    @Test
    void cvssV2VectorsHaveNoLeadingSlash() {
        ScanOutcome outcome = scanner.scan(fixture.scanRequest(temp.resolve("reports"),
                SecurityFixture.COLLECTIONS_3_2_1));

        assertThat(outcome.findings()).extracting(Finding::id, Finding::scoreSource, Finding::vector).contains(
                tuple("CVE-2015-6420", ScoreSource.CVSS_V2, "AV:N/AC:L/Au:N/C:P/I:P/A:P"));
    }

    @Test
    void sarifLevelsFollowTheSeverityAndV2OnlyCvesHaveASecuritySeverity() throws IOException {
        Path reports = temp.resolve("reports");
        scanner.scan(fixture.scanRequest(reports, List.of(SecurityFixture.LOG4J_2_14_1,
                SecurityFixture.COLLECTIONS_3_2_1), List.of(), Set.of(ReportFormat.SARIF)));

        JsonNode run = Json.mapper().readTree(reports.resolve(ReportFormat.SARIF.fileName()).toFile()).get("runs")
                .get(0);
        Map<String, String> levels = new HashMap<>();
        run.get("results").forEach(result -> levels.put(result.get("ruleId").asText(), result.get("level").asText()));
        Map<String, String> scores = new HashMap<>();
        run.get("tool").get("driver").get("rules").forEach(rule -> scores.put(rule.get("id").asText(),
                rule.path("properties").path("security-severity").asText()));

        assertThat(levels).containsEntry("CVE-2021-44228", "error").containsEntry("CVE-2015-6420", "error")
                .containsEntry("CVE-2021-44832", "warning");
        assertThat(scores).containsEntry("CVE-2015-6420", "7.5").containsEntry("CVE-2021-44228", "10.0");
    }

    /**
     * A shaded (uber) jar as shading tools build it: the application's pom plus the entries of the real log4j-core
     * and log4j-api 2.14.1 jars, the first manifest (log4j-core's) kept. dependency-check finds log4j 2.14.1 twice
     * in that one file: in the jar itself (its manifest) and in the bundled log4j-core pom ("shaded: ...").
     */
    @Test
    void aShadedJarCountsEachCveOnce() throws IOException {
        Path shaded = temp.resolve("app.jar"); // as uber jars are often named in container images
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(shaded))) {
            Set<String> names = new HashSet<>();
            put(out, names, "META-INF/maven/com.example/app/pom.properties",
                    "groupId=com.example\nartifactId=app\nversion=1.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            copyEntries(SecurityFixture.LOG4J_2_14_1, out, names);
            copyEntries(SecurityFixture.JARS.resolve("log4j-api-2.14.1.jar"), out, names);
        }

        ScanOutcome outcome = scanner.scan(fixture.scanRequest(temp.resolve("reports"), shaded));

        assertThat(outcome.dependencies()).as("the jar and its bundled packages").isGreaterThan(1);
        assertThat(outcome.findings()).extracting(Finding::id, Finding::dependency).containsExactly(
                tuple("CVE-2021-44228", "app.jar"), tuple("CVE-2021-44832", "app.jar"));
    }

    private static void copyEntries(Path jar, JarOutputStream out, Set<String> names) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        put(out, names, entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static void put(JarOutputStream out, Set<String> names, String name, byte[] content) throws IOException {
        if (names.add(name)) {
            out.putNextEntry(new JarEntry(name));
            out.write(content);
            out.closeEntry();
        }
    }

    private Path suppressions(String name, String namespace, String body) throws IOException {
        return Files.writeString(temp.resolve(name), """
                <?xml version="1.0" encoding="UTF-8"?>
                <suppressions xmlns="%s">
                %s
                </suppressions>
                """.formatted(namespace, body));
    }
}
