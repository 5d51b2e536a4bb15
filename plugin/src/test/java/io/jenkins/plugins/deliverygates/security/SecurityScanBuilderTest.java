package io.jenkins.plugins.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.ProxyConfiguration;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.util.Secret;
import io.deliverygates.common.GateStatus;
import io.deliverygates.security.ScanSummary;
import io.deliverygates.security.Severity;
import io.deliverygates.security.UpdateRequest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class SecurityScanBuilderTest {
    @TempDir
    Path temp;

    private JenkinsRule j;
    private SecurityScanConfiguration configuration;

    @BeforeEach
    void configure(JenkinsRule rule) throws Exception {
        j = rule;
        configuration = SecurityScanConfiguration.get();
        configuration.setDataDirectory(temp.resolve("nvd").toString());
        configuration.setFeedUrl(SecurityFeed.write(temp.resolve("feed")));
    }

    @Test
    void pipelineUpdatesThenScansOnTheAgentArchivesReportsAndComparesWithTheReferenceBuild() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "app");
        SecurityFeed.installJar(j.jenkins.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  securityDatabaseUpdate()\n"
                + "  securityScan paths: '" + SecurityFeed.JAR_IN_WORKSPACE + "', maxCvss: 9.0, criticality: 'UNSTABLE'\n"
                + "}", true));

        WorkflowRun first = j.assertBuildStatus(Result.UNSTABLE, job.scheduleBuild2(0));

        j.assertLogContains("updated from " + configuration.getFeedUrl(), first);
        j.assertLogContains("finding CVE-2021-44228 in log4j-core-2.14.1.jar has CVSS v3 10.0", first);
        ScanSummary summary = first.getAction(SecurityScanAction.class).getSummary();
        assertThat(summary.status()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(summary.total()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.MEDIUM, 1);
        assertThat(first.getArtifacts()).extracting(a -> a.relativePath).contains("security/security-gate.html",
                "security/security-summary.json", "security/dependency-check-report.sarif",
                "security/dependency-check-report.html", "security/dependency-check-report.json");

        WorkflowRun second = j.assertBuildStatus(Result.UNSTABLE, job.scheduleBuild2(0));
        j.assertLogContains("reference build app#1", second);
        assertThat(second.getAction(SecurityScanAction.class).getSummary().newCount()).isZero();
    }

    @Test
    void freestyleDenyListFailsTheBuildAndTheFormKeepsEveryField() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new SecurityDatabaseUpdateBuilder(new SecurityDatabaseUpdateStep()));
        SecurityScanStep scan = new SecurityScanStep();
        scan.setPaths(SecurityFeed.JAR_IN_WORKSPACE);
        SecurityFeed.installJar(j.jenkins.getWorkspaceFor(project));
        scan.setDenyList("CVE-2021-44832");
        scan.setAllowList("CVE-2021-44228=2999-12-31");
        scan.setFailOnSeverity("HIGH");
        scan.setMaxCvss(9.5);
        scan.setCriticality("UNSTABLE");
        SecurityScanBuilder builder = new SecurityScanBuilder(scan);
        project.getBuildersList().add(builder);

        FreeStyleBuild build = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        j.assertLogContains("CVE-2021-44832 in log4j-core-2.14.1.jar is on the deny list", build);
        assertThat(build.getAction(SecurityScanAction.class).getSummary().allowed()).isEqualTo(1);
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(builder, project.getBuildersList().get(SecurityScanBuilder.class));
    }

    @Test
    void scanWithoutDatabaseFailsWithTheReasonAndNoStackTrace() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "no-db");
        SecurityFeed.installJar(j.jenkins.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition("node { securityScan paths: '" + SecurityFeed.JAR_IN_WORKSPACE + "' }",
                true));

        WorkflowRun run = j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));

        j.assertLogContains("run the update first", run);
        j.assertLogNotContains("\tat io.deliverygates", run);
    }

    @Test
    void nvdApiKeyComesFromASecretTextCredentialAndNeverReachesTheLog() throws Exception {
        String key = "nvd-key-4f1c9b7e";
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL,
                "nvd", "NVD API key", Secret.fromString(key)));
        configuration.setFeedUrl(null);
        configuration.setNvdApiKeyCredentialsId("nvd");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        configuration.setNvdApiEndpoint("http://127.0.0.1:" + closedPort + "/rest/json/cves/2.0");
        WorkflowJob job = j.createProject(WorkflowJob.class, "update");
        job.setDefinition(new CpsFlowDefinition("node { securityDatabaseUpdate() }", true));

        WorkflowRun run = j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));

        j.assertLogContains("127.0.0.1:" + closedPort, run);
        j.assertLogNotContains(key, run);
    }

    @Test
    void globalConfigurationSurvivesTheFormAndJenkinsProxyIsHonoured() throws Exception {
        configuration.setNvdApiKeyCredentialsId("nvd");
        j.configRoundtrip();
        assertThat(SecurityScanConfiguration.get().getDataDirectory()).isEqualTo(temp.resolve("nvd").toString());
        assertThat(SecurityScanConfiguration.get().getFeedUrl()).isEqualTo(configuration.getFeedUrl());

        j.jenkins.setProxy(new ProxyConfiguration("proxy.example.com", 3128, null, null, "localhost,127.0.0.1"));

        assertThat(SecurityScanConfiguration.proxy())
                .isEqualTo(new UpdateRequest.Proxy("proxy.example.com", 3128, "localhost,127.0.0.1"));
    }
}
