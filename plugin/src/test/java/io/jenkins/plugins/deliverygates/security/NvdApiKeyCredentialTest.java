package io.jenkins.plugins.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Fingerprint;
import hudson.model.Result;
import hudson.util.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The NVD API key is looked up as the build (the credentials its job may use) and its use is tracked. The data
 * directory is an existing file, so the update stops right after the lookup, without any network.
 */
@WithJenkins
class NvdApiKeyCredentialTest {
    @TempDir
    Path temp;

    private WorkflowRun update(JenkinsRule j, CredentialsScope scope, Result expected) throws Exception {
        StringCredentialsImpl key = new StringCredentialsImpl(scope, "nvd", "", Secret.fromString("k3y"));
        SystemCredentialsProvider.getInstance().getCredentials().add(key);
        SystemCredentialsProvider.getInstance().save();
        SecurityScanConfiguration configuration = SecurityScanConfiguration.get();
        configuration.setNvdApiKeyCredentialsId("nvd");
        configuration.setNvdApiEndpoint("http://127.0.0.1:9/never-contacted");
        configuration.setDataDirectory(Files.writeString(temp.resolve("not-a-directory"), "x").toString());
        WorkflowJob job = j.createProject(WorkflowJob.class, "update");
        job.setDefinition(new CpsFlowDefinition("node { securityDatabaseUpdate() }", true));
        return j.buildAndAssertStatus(expected, job);
    }

    @Test
    void theKeyIsTrackedAsUsedByTheBuild(JenkinsRule j) throws Exception {
        WorkflowRun run = update(j, CredentialsScope.GLOBAL, Result.FAILURE);

        j.assertLogContains("not-a-directory", run); // it went on to the data directory with the key
        j.assertLogNotContains("k3y", run);
        Fingerprint fingerprint = CredentialsProvider.getFingerprintOf(
                CredentialsProvider.findCredentialById("nvd", org.jenkinsci.plugins.plaincredentials.StringCredentials.class, run));
        assertThat(fingerprint).isNotNull();
        assertThat(fingerprint.getJobs()).contains("update");
    }

    @Test
    void aSystemScopedKeyIsNotTheBuildsToUse(JenkinsRule j) throws Exception {
        WorkflowRun run = update(j, CredentialsScope.SYSTEM, Result.FAILURE);

        j.assertLogContains("no Secret text credential 'nvd' available to this build", run);
    }
}
