package io.jenkins.plugins.deliverygates.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.model.Run;
import io.deliverygates.common.GateStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class QualityGateBuilderTest {
    private JenkinsRule j;
    private FreeStyleProject project;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        project = j.createFreeStyleProject("app");
    }

    private FreeStyleBuild build(String report, Result expected, String... conditions) throws Exception {
        Reports.install(j.jenkins, project, report);
        QualityGateStep gate = new QualityGateStep();
        gate.setCobertura("coverage.xml");
        gate.setConditions(List.of(conditions));
        project.getBuildersList().replace(new QualityGateBuilder(gate));
        return j.buildAndAssertStatus(expected, project);
    }

    @Test
    void passes() throws Exception {
        FreeStyleBuild build = build(Reports.GCOVR, Result.SUCCESS, "line>=75", "branch>=50");

        j.assertLogContains("Quality gate: PASSED", build);
        assertThat(build.getAction(QualityGateAction.class).getTotals()).contains("line 76.92% (10/13)");
    }

    @Test
    void unstableConditionMarksTheBuildUnstable() throws Exception {
        FreeStyleBuild build = build(Reports.GCOVR, Result.UNSTABLE, "line>=75", "line>=90:unstable");

        j.assertLogContains("line coverage 76.92% (10/13) does not meet >= 90% -> unstable", build);
        assertThat(build.getAction(QualityGateAction.class).getStatus()).isEqualTo(GateStatus.UNSTABLE);
    }

    @Test
    void failingConditionFailsTheBuild() throws Exception {
        FreeStyleBuild build = build(Reports.GCOVR, Result.FAILURE, "line>=90:unstable", "branch>=75");

        j.assertLogContains("Quality gate FAILED: ", build);
        j.assertLogContains("branch coverage 50.00%", build);
    }

    @Test
    void deltaAgainstThePreviousBuild() throws Exception {
        build(Reports.COVERAGE_PY, Result.SUCCESS, "line:delta>=0");
        FreeStyleBuild better = build(Reports.GCOVR, Result.SUCCESS, "line:delta>=0");
        QualityGateAction.Row improved = better.getAction(QualityGateAction.class).getRows().get(0);
        assertThat(improved.getDelta()).isCloseTo(76.92 - 69.23, within(0.01));

        FreeStyleBuild worse = build(Reports.COVERAGE_PY, Result.FAILURE, "line:delta>=0");

        assertThat(worse.getAction(QualityGateAction.class).getReferenceBuildId())
                .isEqualTo(better.getExternalizableId());
        j.assertLogContains("Quality gate: reference build app#2", worse);
    }

    @Test
    void storedResultSurvivesBuildXml() throws Exception {
        FreeStyleBuild build = build(Reports.GCOVR, Result.UNSTABLE, "line>=90:unstable");
        QualityGateAction stored = build.getAction(QualityGateAction.class);

        QualityGateAction loaded = (QualityGateAction) Run.XSTREAM2.fromXML(Run.XSTREAM2.toXML(stored));
        loaded.onLoad(build);

        assertThat(loaded.getStatus()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(loaded.getRows()).singleElement().satisfies(row -> {
            assertThat(row.getCondition()).isEqualTo("line>=90:unstable");
            assertThat(row.getActualText()).isEqualTo("76.92");
            assertThat(row.getDeltaText()).isEqualTo("\u2013");
        });
        assertThat(loaded.getSummary()).isEqualTo(stored.getSummary());
        assertThat(loaded.getTotals()).isEqualTo(stored.getTotals());
    }

    @Test
    void missingReportFailsNamingTheFile() throws Exception {
        QualityGateStep gate = new QualityGateStep();
        gate.setJacoco("target/site/jacoco/jacoco.xml");
        project.getBuildersList().add(new QualityGateBuilder(gate));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("target/site/jacoco/jacoco.xml", build);
    }

    @Test
    void configurationFormRoundTrips() throws Exception {
        QualityGateStep gate = new QualityGateStep();
        gate.setJacoco("**/jacoco.xml");
        gate.setJacocoExec("target/jacoco.exec");
        gate.setClasses("target/classes");
        gate.setConditions(List.of("line>=80", "line:delta>=-0.5:unstable"));
        gate.setReferenceJob("../main");
        gate.setFailOnMissingMetric(true);
        gate.setFailOnClassMismatch(true);
        QualityGateBuilder builder = new QualityGateBuilder(gate);
        project.getBuildersList().add(builder);

        j.configRoundtrip(project);

        j.assertEqualDataBoundBeans(builder, project.getBuildersList().get(QualityGateBuilder.class));
    }
}
