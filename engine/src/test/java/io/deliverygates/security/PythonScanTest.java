package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What dependency-check 13.0.0's experimental Python analyzers find, measured here and quoted in
 * docs/security-scan.md. The feed holds CVE-2023-32681 for cpe:2.3:a:python:requests (2.3.0 to 2.31.0), and
 * requests 2.28.0 is affected; the analyzers identify the package but the NVD CPE match is not made, and
 * Pipfile.lock's "default" (production) section is not read at all. If a later dependency-check fixes either,
 * these tests fail and the documentation must change with them.
 */
class PythonScanTest {
    private final SecurityFixture fixture = SecurityFixture.get();

    @TempDir
    Path project;

    @Test
    void requirementsTxtPackagesAreIdentifiedButNotMatchedToNvdCpes() throws IOException {
        Files.writeString(project.resolve("requirements.txt"), "requests==2.28.0\nflask>=2.0\n");
        assertThat(scan()).extracting(ScanOutcome::dependencies, o -> o.findings().size()).containsExactly(2, 0);
    }

    @Test
    void poetryLockPackagesAreIdentifiedButNotMatchedToNvdCpes() throws IOException {
        Files.writeString(project.resolve("poetry.lock"), """
                [[package]]
                name = "requests"
                version = "2.28.0"
                description = "Python HTTP for Humans."
                optional = false
                python-versions = ">=3.7"
                """);
        assertThat(scan()).extracting(ScanOutcome::dependencies, o -> o.findings().size()).containsExactly(1, 0);
    }

    @Test
    void pipfileLockDefaultSectionIsNotReadAtAll() throws IOException {
        Files.writeString(project.resolve("Pipfile.lock"), """
                {"_meta": {"hash": {"sha256": "x"}, "pipfile-spec": 6, "requires": {}, "sources": []},
                 "default": {"requests": {"version": "==2.28.0"}},
                 "develop": {}}
                """);
        // nothing identified at all: the scan fails closed instead of passing with 0 dependencies
        DependencyScannerTest.assertProblem(this::scan, io.deliverygates.common.InputException.Problem.EMPTY,
                "no dependencies found");
        assertThat(new DependencyScanner().scan(fixture.scanRequest(project.resolve("reports"), project)
                .withAllowEmpty(true))).extracting(ScanOutcome::dependencies, o -> o.findings().size())
                .containsExactly(0, 0);
    }

    @Test
    void pipfileLockDevelopSectionIsIdentifiedButNotMatched() throws IOException {
        Files.writeString(project.resolve("Pipfile.lock"), """
                {"_meta": {"hash": {"sha256": "x"}, "pipfile-spec": 6, "requires": {}, "sources": []},
                 "default": {},
                 "develop": {"requests": {"version": "==2.28.0"}}}
                """);
        assertThat(scan()).extracting(ScanOutcome::dependencies, o -> o.findings().size()).containsExactly(1, 0);
    }

    private ScanOutcome scan() {
        return new DependencyScanner().scan(fixture.scanRequest(project.resolve("reports"), project));
    }
}
