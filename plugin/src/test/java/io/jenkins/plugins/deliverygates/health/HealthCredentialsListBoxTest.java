package io.jenkins.plugins.deliverygates.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The token field lists Secret text credentials to those who may configure the job, and to nobody else. */
@WithJenkins
class HealthCredentialsListBoxTest {
    @Test
    void onlyThoseWhoMayConfigureTheJobSeeTheCredentials(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "health-token", "health endpoint token", Secret.fromString("t")));
        WorkflowJob job = j.createProject(WorkflowJob.class, "deploy");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader", "configurer")
                .grant(Item.CONFIGURE).everywhere().to("configurer"));
        HealthRollbackStep.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(
                HealthRollbackStep.DescriptorImpl.class);

        assertThat(values(descriptor, job, "reader")).doesNotContain("health-token");
        assertThat(values(descriptor, job, "configurer")).contains("health-token");
    }

    private static java.util.List<String> values(HealthRollbackStep.DescriptorImpl descriptor, WorkflowJob job,
            String user) {
        try (ACLContext as = ACL.as2(User.getById(user, true).impersonate2())) {
            ListBoxModel model = descriptor.doFillCredentialsIdItems(job, "");
            return model.stream().map(option -> option.value).toList();
        }
    }
}
