package io.jenkins.plugins.deliverygates.api;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Label;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.slaves.DumbSlave;
import io.deliverygates.api.ChangeLevel;
import io.deliverygates.common.GateStatus;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.RecordedArtifact;
import io.jenkins.plugins.deliverygates.promotion.DeliveryEvents;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ApiCompatibilityStepTest {
    private JenkinsRule j;
    private WorkflowJob job;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        job = j.createProject(WorkflowJob.class, "shop");
    }

    private WorkflowRun build(String script, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertStatus(expected, job);
    }

    @Test
    void comparesJarsOnTheAgentThatHasTheWorkspace() throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get("remote"));
        ApiArtifacts.install(agent.getWorkspaceFor(job), ApiArtifacts.JAR_14, ApiArtifacts.JAR_15);

        WorkflowRun run = build("node('remote') {\n"
                + "  def r = apiCompatibility(newArtifact: 'shop-client-1.5.0.jar', reference: 'shop-client-1.4.0.jar',"
                + " criticality: 'UNSTABLE')\n"
                + "  echo \"on ${env.NODE_NAME}: ${r.status} breaking=${r.breaking} needs=${r.requiredLevel}"
                + " first=${r.top[0].location}\"\n"
                + "}", Result.UNSTABLE);

        j.assertLogContains("on " + agent.getNodeName() + ": UNSTABLE breaking=3 needs=MAJOR "
                + "first=com.example.shop.client.ShopClient#DEFAULT_TIMEOUT_SECONDS", run);
        j.assertLogContains("3 breaking change(s) need a major release, but 1.4.0 -> 1.5.0 is a minor release", run);
        ApiCompatibilityAction action = run.getAction(ApiCompatibilityAction.class);
        assertThat(action.getStatus()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(action.getSummary().requiredLevel()).isEqualTo(ChangeLevel.MAJOR);
        assertThat(run.getArtifactManager().root().child("api/api-compatibility.html").isFile()).isTrue();
    }

    @Test
    void theReferenceIsWhatPromoteRecordedAsRunningInProduction() throws Exception {
        ApiArtifacts.install(j.jenkins.getWorkspaceFor(job), ApiArtifacts.SPEC_10, ApiArtifacts.SPEC_11,
                ApiArtifacts.SPEC_20);
        build("node {\n"
                + "  promote(to: 'production', version: '1.0.0', environments: 'production',"
                + " artifact: 'petstore-1.0.yaml') { echo 'deploying 1.0.0' }\n"
                + "}", Result.SUCCESS);
        List<LedgerEvent> events = DeliveryEvents.of(job);
        assertThat(RecordedArtifact.of(events.get(events.size() - 1))).extracting(RecordedArtifact::name)
                .containsExactly("petstore-1.0.yaml");

        WorkflowRun compatible = build("node {\n"
                + "  def r = apiCompatibility(newArtifact: 'petstore-1.1.yaml')\n"
                + "  echo \"status=${r.status} reference=${r.reference}\"\n"
                + "}", Result.SUCCESS);
        j.assertLogContains("status=PASSED reference=petstore-1.0.yaml 1.0.0 in production (deployment ", compatible);

        WorkflowRun breaking = build("node { apiCompatibility(newArtifact: 'petstore-2.0.json', versioning: 'strict') }",
                Result.FAILURE);
        j.assertLogContains("API compatibility: FAILED: 23 breaking change(s); versioning STRICT allows none", breaking);
        j.assertLogContains("PATH_REMOVED  /stores  (HTTP clients)", breaking);
    }

    @Test
    void withoutAProductionDeploymentTheGateFailsUnlessAFirstReleaseIsAllowed() throws Exception {
        ApiArtifacts.install(j.jenkins.getWorkspaceFor(job), ApiArtifacts.SPEC_11);

        WorkflowRun none = build("node { apiCompatibility(newArtifact: 'petstore-1.1.yaml') }", Result.FAILURE);
        j.assertLogContains("API compatibility: the delivery ledger of shop: no successful deployment to production, "
                + "so nothing to compare against", none);
        j.assertLogNotContains("\tat io.deliverygates", none);

        WorkflowRun first = build("node { def r = apiCompatibility(newArtifact: 'petstore-1.1.yaml', "
                + "allowNoProduction: true)\n echo \"compared=${r.compared}\" }", Result.SUCCESS);
        j.assertLogContains("compared=false", first);
    }

    @Test
    void inputsThatCannotBeComparedFailWithOneLine() throws Exception {
        ApiArtifacts.install(j.jenkins.getWorkspaceFor(job), ApiArtifacts.JAR_14);
        WorkflowRun outside = build("node { apiCompatibility(newArtifact: '../../secrets/master.key', "
                + "reference: 'shop-client-1.4.0.jar') }", Result.FAILURE);
        j.assertLogContains("newArtifact: '../../secrets/master.key' is not a path inside the workspace", outside);

        WorkflowRun missing = build("node { apiCompatibility(newArtifact: 'missing.jar', "
                + "reference: 'shop-client-1.4.0.jar') }", Result.FAILURE);
        j.assertLogContains("missing.jar: no such file", missing);
        assertThat(missing.getAction(ApiCompatibilityAction.class)).isNull();
    }

    @Test
    void newOnlyComparesWithTheLastSuccessfulBuildsSummary() throws Exception {
        ApiArtifacts.install(j.jenkins.getWorkspaceFor(job), ApiArtifacts.JAR_14, ApiArtifacts.JAR_15);
        String script = "node { def r = apiCompatibility(newArtifact: 'shop-client-1.5.0.jar', reference: "
                + "'shop-client-1.4.0.jar', newVersion: '2.0.0', newOnly: true)\n echo \"new=${r.newBreaking}\" }";
        WorkflowRun first = build(script, Result.SUCCESS);
        j.assertLogContains("new=3", first);
        WorkflowRun second = build(script, Result.SUCCESS);
        j.assertLogContains("new=0", second);
        assertThat(second.getAction(ApiCompatibilityAction.class).getReferenceBuildId())
                .isEqualTo(first.getExternalizableId());
    }

    @Test
    void stepRoundTripsThroughItsDataBoundSetters() throws Exception {
        ApiCompatibilityStep step = new ApiCompatibilityStep();
        step.setNewArtifact("build/libs/app.jar");
        step.setAllowList("com.example.*=2027-01-31:accepted in ADR-7\n");
        step.setVersioning(" ");
        DescribableModel<ApiCompatibilityStep> model = DescribableModel.of(ApiCompatibilityStep.class);
        Map<String, Object> arguments = model.uninstantiate2(step).toMap();
        assertThat(arguments).containsEntry("newArtifact", "build/libs/app.jar").doesNotContainKeys("kind");
        assertThat(step.getVersioning()).isEqualTo("semver");
        j.assertEqualDataBoundBeans(step, model.instantiate(arguments, TaskListener.NULL));
    }
}
