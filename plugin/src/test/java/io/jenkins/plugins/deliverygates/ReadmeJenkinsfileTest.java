package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Result;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.jenkins.plugins.deliverygates.health.HealthService;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import io.jenkins.plugins.deliverygates.security.SecurityFeed;
import io.jenkins.plugins.deliverygates.security.SecurityScanConfiguration;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Runs the Jenkinsfile of the project's README.md exactly as written, with local stand-ins for what it reaches:
 * {@code ./mvnw} (copies a real JaCoCo report, a jar, a real JMH result and a real SBOM into {@code target/}),
 * {@code ./deploy.sh} and {@code ./rollback.sh} (echo), and the two health URLs (a service on 127.0.0.1; the
 * interval shortened from 30s).
 */
@WithJenkins
class ReadmeJenkinsfileTest {
    private static final Path README = Path.of(System.getProperty("basedir", "."), "..", "README.md");
    private static final Path STAND_INS = Path.of(System.getProperty("basedir", "."),
            "src/test/resources/io/jenkins/plugins/deliverygates/readme");

    @TempDir
    Path temp;

    /** The first {@code groovy} block after the "In a Jenkinsfile" heading. */
    static String readmeJenkinsfile() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("## In a Jenkinsfile");
        int start = readme.indexOf("```groovy\n", section) + "```groovy\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theReadmesJenkinsfileDeploysThroughEveryEnvironment(JenkinsRule j) throws Exception {
        SecurityScanConfiguration security = SecurityScanConfiguration.get();
        security.setDataDirectory(temp.resolve("nvd").toString());
        security.setFeedUrl(SecurityFeed.write(temp.resolve("feed")));
        WorkflowJob update = j.createProject(WorkflowJob.class, "nvd-update");
        update.setDefinition(new CpsFlowDefinition("node { securityDatabaseUpdate() }", true));
        j.buildAndAssertSuccess(update);

        try (HealthService staging = new HealthService(); HealthService production = new HealthService()) {
            String script = readmeJenkinsfile();
            assertThat(script).contains("https://staging.example.com/health", "https://www.example.com/health",
                    "interval: '30s'");
            script = script.replace("https://staging.example.com/health", staging.url())
                    .replace("https://www.example.com/health", production.url())
                    .replace("interval: '30s'", "interval: '20ms'");
            WorkflowJob job = j.createProject(WorkflowJob.class, "shop");
            standIns(j.jenkins.getWorkspaceFor(job));
            job.setDefinition(new CpsFlowDefinition(script, true));

            WorkflowRun run = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("approve or reject", run);
            String id = run.getAction(io.jenkins.plugins.deliverygates.promotion.PromotionApprovalAction.class)
                    .getPending().get(0).getId();
            JenkinsRule.WebClient client = j.createWebClient().withRedirectEnabled(false)
                    .withThrowExceptionOnFailingStatusCode(false);
            client.getOptions().setTimeout(0);
            client.getPage(client.addCrumb(new WebRequest(new URL(j.getURL(), run.getUrl()
                    + "deployment-approval/approve?id=" + id), HttpMethod.POST)));
            j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));

            j.assertLogContains("Quality gate: no reference build", run);
            j.assertLogContains("License gate: PASSED", run);
            j.assertLogContains("PASSED without a comparison: nothing has been deployed to production yet", run);
            j.assertLogContains("deployed to production", run);
            j.assertLogNotContains("rolled back", run);
            // The verdicts count the measurements (the services may see a request more: the JDK's client retries
            // a GET whose connection a busy loopback server dropped).
            assertThat(staging.requests.get()).isGreaterThanOrEqualTo(10);
            assertThat(production.requests.get()).isGreaterThanOrEqualTo(10);
            List<LedgerEvent> events = JobLedger.of(job).events();
            assertThat(events).filteredOn(e -> e.type() == EventType.DEPLOYMENT_FINISHED)
                    .extracting(LedgerEvent::environment, LedgerEvent::outcome)
                    .containsExactly(Assertions.tuple("dev", Outcome.SUCCEEDED),
                            Assertions.tuple("staging", Outcome.SUCCEEDED),
                            Assertions.tuple("production", Outcome.SUCCEEDED));
            // The production deployment recorded the jar, so the next build's apiCompatibility has a reference.
            assertThat(events).filteredOn(e -> e.type() == EventType.DEPLOYMENT_FINISHED
                    && "production".equals(e.environment()))
                    .allSatisfy(e -> assertThat(e.attributes()).containsKey("artifact:app.jar"));
            assertThat(events).filteredOn(e -> e.type() == EventType.HEALTH_CHECKED)
                    .extracting(LedgerEvent::environment, LedgerEvent::outcome, e -> e.attributes().get("passed"))
                    .containsExactly(Assertions.tuple("staging", Outcome.SUCCEEDED, "10"),
                            Assertions.tuple("production", Outcome.SUCCEEDED, "10"));
        }
    }

    private static void standIns(FilePath workspace) throws Exception {
        Path jar = Path.of(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        workspace.child("stand-ins/jacoco.xml").copyFrom(new FilePath(STAND_INS.resolve("jacoco.xml").toFile()));
        workspace.child("stand-ins/app.jar").copyFrom(new FilePath(jar.toFile()));
        // A real JMH result (the performance gate's test data) for the benchmark run of the README's build.
        workspace.child("stand-ins/jmh-result.json").copyFrom(new FilePath(Path.of(System.getProperty("basedir", "."),
                "..", "engine", "src", "test", "resources", "io", "deliverygates", "performance", "jmh-run1.json")
                .toFile()));
        // A real SBOM (cyclonedx-npm's, from the license gate's test data) stands in for the build's bom.json.
        workspace.child("stand-ins/bom.json").copyFrom(new FilePath(Path.of(System.getProperty("basedir", "."),
                "..", "engine", "src", "test", "resources", "io", "deliverygates", "license", "npm-bom.json")
                .toFile()));
        script(workspace, "mvnw", "mkdir -p target/site/jacoco && cp stand-ins/jacoco.xml target/site/jacoco/ "
                + "&& cp stand-ins/app.jar stand-ins/jmh-result.json stand-ins/bom.json target/");
        script(workspace, "deploy.sh", "echo \"deployed to $1\"");
        script(workspace, "rollback.sh", "echo \"rolled back $1\"");
    }

    private static void script(FilePath workspace, String name, String body) throws Exception {
        FilePath file = workspace.child(name);
        file.write("#!/bin/sh\n" + body + "\n", "UTF-8");
        file.chmod(0755);
    }
}
