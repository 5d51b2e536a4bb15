package io.jenkins.plugins.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import io.deliverygates.common.GateStatus;
import io.deliverygates.security.Finding;
import io.deliverygates.security.ScanSummary;
import io.deliverygates.security.ScoreSource;
import io.deliverygates.security.Severity;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The full summary lives in its own file in the build's directory, not in build.xml; the page links what exists. */
@WithJenkins
class SecurityScanSummaryFileTest {
    private static final Finding LOG4SHELL = new Finding("CVE-2021-44228", "log4j-core-2.14.1.jar", "", 10.0,
            ScoreSource.CVSS_V3, Severity.CRITICAL, "", false);

    private static ScanSummary summary() {
        return new ScanSummary(Instant.parse("2026-01-01T00:00:00Z"), GateStatus.UNSTABLE, 3,
                Map.of(Severity.CRITICAL, 1), Map.of(Severity.CRITICAL, 1), 10.0, ScoreSource.CVSS_V3, 0, 0,
                List.of(), List.of("finding CVE-2021-44228 above the maximum"), List.of(LOG4SHELL),
                Set.of("CVE-2021-44228|log4j-core-2.14.1.jar"));
    }

    @Test
    void theSummaryIsReadFromItsFileAndBuildXmlStaysSmall(JenkinsRule j) throws Exception {
        FreeStyleBuild build = j.buildAndAssertSuccess(j.createFreeStyleProject());
        build.addAction(new SecurityScanAction(build, summary(), null, List.of("security-gate.html",
                "security-summary.json")));
        build.save();

        String xml = Files.readString(new File(build.getRootDir(), "build.xml").toPath(), StandardCharsets.UTF_8);
        assertThat(xml).contains("SecurityScanAction").doesNotContain("CVE-2021-44228");
        assertThat(new File(build.getRootDir(), SecurityScanAction.SUMMARY_FILE)).exists();

        build.reload(); // re-reads build.xml; Jenkins then attaches each RunAction2 as it does on start-up:
        SecurityScanAction loaded = build.getAction(SecurityScanAction.class);
        loaded.onLoad(build);
        ScanSummary read = loaded.getSummary();
        assertThat(read).isNotNull();
        assertThat(read.top()).extracting(Finding::id).containsExactly("CVE-2021-44228");
    }

    @Test
    void theBuildPageLinksOnlyTheReportsTheFormatsProduced(JenkinsRule j) throws Exception {
        FreeStyleBuild build = j.buildAndAssertSuccess(j.createFreeStyleProject());
        build.addAction(new SecurityScanAction(build, summary(), null, List.of("dependency-check-report.sarif",
                "security-gate.html", "security-summary.json")));
        build.save();

        HtmlPage page = j.createWebClient().getPage(build);

        assertThat(page.asNormalizedText()).contains("Security scan: UNSTABLE",
                "(3 dependencies, 1 findings, 1 new, 0 allowed, 0 suppressed)",
                "CVE-2021-44228 10.0 CRITICAL in log4j-core-2.14.1.jar");
        assertThat(page.getAnchors()).extracting(a -> a.getHrefAttribute())
                .contains("artifact/security/security-gate.html")
                .doesNotContain("artifact/security/dependency-check-report.html");
    }
}
