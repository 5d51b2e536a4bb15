package io.jenkins.plugins.deliverygates.license;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.deliverygates.license.LicenseSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LicenseGateBuilderTest {
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void freestyleOnAnAgentAllowListOnlyFailsAndTheFormKeepsEveryField() throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get("remote"));
        FreeStyleProject project = j.createFreeStyleProject("web");
        project.setAssignedNode(agent);
        Sboms.install(agent.getWorkspaceFor(project), Sboms.NPM_SPDX, "sbom.spdx.json");
        LicenseGateStep policy = new LicenseGateStep();
        policy.setSboms("sbom.spdx.json");
        policy.setAllowList("MIT\nISC\nApache-2.0\nBSD-3-Clause");
        policy.setCategoryRules("*=failure");
        policy.setLicenseCategories("LicenseRef-acme=proprietary");
        policy.setExceptions("tweetnacl=2999-12-31:public domain dedication reviewed");
        policy.setNoLicense("UNSTABLE");
        policy.setMultipleLicenses("ALL");
        policy.setDenyAction("UNSTABLE");
        LicenseGateBuilder gate = new LicenseGateBuilder(policy);
        project.getBuildersList().add(gate);

        FreeStyleBuild build = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        j.assertLogContains("License gate: FAILED (25 components: 21 passed, 0 unstable, 4 failed, 1 excepted", build);
        j.assertLogContains("pako 1.0.11 [MIT AND Zlib]: Zlib is permissive: permissive is failure", build);
        LicenseSummary summary = build.getAction(LicenseGateAction.class).getSummary();
        assertThat(summary.excepted()).isEqualTo(1);
        assertThat(build.getArtifacts()).extracting(a -> a.relativePath).contains("license/license-gate.html");
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(gate, project.getBuildersList().get(LicenseGateBuilder.class));
    }

    @Test
    void freestyleDefaultPolicyPassesTheNpmSbomAndShowsTheSummaryOnTheBuildPage() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("npm");
        Sboms.install(j.jenkins.getWorkspaceFor(project), Sboms.NPM_SPDX, "sbom.spdx.json");
        LicenseGateStep policy = new LicenseGateStep();
        policy.setSboms("sbom.spdx.json");
        project.getBuildersList().add(new LicenseGateBuilder(policy));

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        String page = j.createWebClient().getPage(build).asNormalizedText();
        assertThat(page).contains("License gate: PASSED").contains("25 components: 25 passed");
    }
}
