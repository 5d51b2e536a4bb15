package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import hudson.tasks.Builder;
import io.jenkins.plugins.deliverygates.api.ApiCompatibilityBuilder;
import io.jenkins.plugins.deliverygates.api.ApiCompatibilityStep;
import io.jenkins.plugins.deliverygates.license.LicenseGateBuilder;
import io.jenkins.plugins.deliverygates.license.LicenseGateStep;
import io.jenkins.plugins.deliverygates.performance.PerformanceGateBuilder;
import io.jenkins.plugins.deliverygates.performance.PerformanceGateStep;
import io.jenkins.plugins.deliverygates.quality.QualityGateBuilder;
import io.jenkins.plugins.deliverygates.quality.QualityGateStep;
import io.jenkins.plugins.deliverygates.security.SecurityDatabaseUpdateBuilder;
import io.jenkins.plugins.deliverygates.security.SecurityDatabaseUpdateStep;
import io.jenkins.plugins.deliverygates.security.SecurityScanBuilder;
import io.jenkins.plugins.deliverygates.security.SecurityScanStep;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Each freestyle build step shows its Pipeline step's form as a nested field: the configure page asks the step's
 * descriptor for the help of a field and for the validation of a checked field, the validation answers, and the
 * form gives back the configuration it showed.
 */
@WithJenkins
class FreestyleFormTest {
    /** One builder, a field of its step with help, and optionally a checked field with a value it refuses. */
    private record Form(Builder builder, Class<? extends Step> step, String helpField, String checkedField,
            String refused) {
    }

    @Test
    void everyBuilderShowsItsStepsHelpAndValidationAndRoundTrips(JenkinsRule j) throws Exception {
        QualityGateStep quality = new QualityGateStep();
        quality.setConditions(List.of("line>=80"));
        PerformanceGateStep performance = new PerformanceGateStep();
        performance.setJmh("jmh-result.json");
        performance.setThreshold(5.0);
        SecurityDatabaseUpdateStep update = new SecurityDatabaseUpdateStep();
        update.setDataDirectory("nvd");
        update.setValidForHours(12);
        List<Form> forms = List.of(
                new Form(new QualityGateBuilder(quality), QualityGateStep.class, "jacoco",
                        "conditions", "line>>80"),
                new Form(new LicenseGateBuilder(new LicenseGateStep()), LicenseGateStep.class, "sboms",
                        "categoryRules", "no-such-category=failure"),
                new Form(new ApiCompatibilityBuilder(new ApiCompatibilityStep()), ApiCompatibilityStep.class,
                        "reference", "allowList", "not an entry"),
                new Form(new SecurityScanBuilder(new SecurityScanStep()), SecurityScanStep.class, "paths",
                        "failOnSeverity", "SEVERE"),
                new Form(new PerformanceGateBuilder(performance), PerformanceGateStep.class, "jmh",
                        null, null),
                new Form(new SecurityDatabaseUpdateBuilder(update),
                        SecurityDatabaseUpdateStep.class, "validForHours", null, null));
        JenkinsRule.WebClient client = j.createWebClient();
        for (Form form : forms) {
            FreeStyleProject project = j.createFreeStyleProject();
            project.getBuildersList().add(form.builder());
            String page = client.getPage(project, "configure").getWebResponse().getContentAsString();
            String descriptor = form.step().getName();

            assertThat(page).as(descriptor).contains(descriptor + "/help/" + form.helpField());
            String help = client.goTo("descriptor/" + descriptor + "/help/" + form.helpField(), null)
                    .getWebResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(help).as(descriptor).contains("<div");
            if (form.checkedField() != null) {
                String check = "descriptorByName/" + descriptor + "/check"
                        + Character.toUpperCase(form.checkedField().charAt(0)) + form.checkedField().substring(1);
                assertThat(page).as(descriptor).contains(check);
                WebRequest request = new WebRequest(new URL(j.getURL(), check), HttpMethod.POST);
                request.setRequestParameters(List.of(new NameValuePair("value", form.refused())));
                String answer = client.getPage(client.addCrumb(request)).getWebResponse().getContentAsString();
                assertThat(answer).as(check).contains("error");
            }
            j.configRoundtrip(project);
            j.assertEqualDataBoundBeans(form.builder(), project.getBuildersList().get(form.builder().getClass()));
        }
    }
}
