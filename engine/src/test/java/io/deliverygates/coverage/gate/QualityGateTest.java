package io.deliverygates.coverage.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.deliverygates.common.GateStatus;
import io.deliverygates.coverage.CoberturaXmlReader;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.JacocoXmlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityGateTest {
    /** core: line 8/10, branch 3/4; web: line 2/10, no branches. Project line 10/20 = 50 %. */
    static final CoverageTree CURRENT = jacoco(
            pkg("com/acme/core", "CoreService", 2, 8, "<counter type=\"BRANCH\" missed=\"1\" covered=\"3\"/>")
                    + pkg("com/acme/web", "WebController", 8, 2, ""));
    /** The reference build: core line 9/10, web line 2/10. Project line 55 %. */
    static final CoverageTree REFERENCE = jacoco(
            pkg("com/acme/core", "CoreService", 1, 9, "<counter type=\"BRANCH\" missed=\"1\" covered=\"3\"/>")
                    + pkg("com/acme/web", "WebController", 8, 2, ""));

    static CoverageTree jacoco(String packages) {
        String xml = "<report name=\"r\">" + packages + "</report>";
        return new JacocoXmlReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "jacoco.xml");
    }

    static String pkg(String name, String cls, int missed, int covered, String extra) {
        String counters = "<counter type=\"LINE\" missed=\"" + missed + "\" covered=\"" + covered + "\"/>" + extra;
        return "<package name=\"" + name + "\"><class name=\"" + name + "/" + cls + "\" sourcefilename=\"" + cls
                + ".java\">" + counters + "</class><sourcefile name=\"" + cls + ".java\">" + counters
                + "</sourcefile></package>";
    }

    private static GateResult evaluate(boolean failOnMissing, CoverageTree reference, String... conditions) {
        QualityGate gate = QualityGate.parse(List.of(conditions), failOnMissing, "conditions");
        return gate.evaluate(CURRENT, reference == null ? null : gate.summarize(reference));
    }

    @Test
    void absoluteConditionsCompareInTheMetricsDirection() {
        GateResult result = evaluate(false, null, "line>=50", "line>=50.01:unstable", "line.missed<=10",
                "line.missed<=9");

        assertThat(result.conditions()).extracting(ConditionResult::verdict)
                .containsExactly(Verdict.PASSED, Verdict.VIOLATED, Verdict.PASSED, Verdict.VIOLATED);
        assertThat(result.conditions()).extracting(ConditionResult::status)
                .containsExactly(GateStatus.PASSED, GateStatus.UNSTABLE, GateStatus.PASSED, GateStatus.FAILED);
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.conditions().get(0).actual()).isEqualTo(50.0);
        assertThat(result.conditions().get(1).message())
                .isEqualTo("line coverage 50.00% (10/20) does not meet >= 50.01% -> unstable");
        assertThat(result.problems()).hasSize(2);
    }

    @Test
    void unstableOnlyGivesUnstable() {
        assertThat(evaluate(false, null, "line>=60:unstable", "branch>=75").status()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(evaluate(false, null, "line>=50", "branch>=75").status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void scopesSumTheirPackagesClassesOrFiles() {
        GateResult result = evaluate(false, null, "line>=80@com.acme.core", "line>=80@com.acme.*",
                "line>=20@class=*Controller", "line>=21@file=com/acme/web/*");

        assertThat(result.conditions()).extracting(ConditionResult::actual).containsExactly(80.0, 50.0, 20.0, 20.0);
        assertThat(result.conditions()).extracting(ConditionResult::verdict)
                .containsExactly(Verdict.PASSED, Verdict.VIOLATED, Verdict.PASSED, Verdict.VIOLATED);
    }

    @Test
    void aScopeMatchingNothingIsNotEvaluatedAndSaysSo() {
        GateResult result = evaluate(false, null, "line>=80@org.other.*", "line>=80@class=Nope");

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.conditions()).allSatisfy(row -> {
            assertThat(row.verdict()).isEqualTo(Verdict.NOT_EVALUATED);
            assertThat(row.message()).contains("matches nothing");
        });
    }

    @Test
    void aMissingMetricIsNotEvaluatedOrFailsWhenConfigured() {
        GateResult lenient = evaluate(false, null, "branch>=10@com.acme.web", "complexity>=10");
        GateResult strict = evaluate(true, null, "branch>=10@com.acme.web", "line>=10");

        assertThat(lenient.status()).isEqualTo(GateStatus.PASSED);
        assertThat(lenient.conditions()).extracting(ConditionResult::verdict)
                .containsOnly(Verdict.NOT_EVALUATED);
        assertThat(lenient.conditions().get(1).message()).contains("has no complexity data");
        assertThat(strict.status()).isEqualTo(GateStatus.FAILED);
        assertThat(strict.conditions().get(0).status()).isEqualTo(GateStatus.FAILED);
        assertThat(strict.conditions().get(1).status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void coberturaLacksInstructionsSoTheyAreNotEvaluated() throws Exception {
        CoverageTree python = new CoberturaXmlReader().read(
                Path.of(getClass().getResource("../cobertura/coverage-py.xml").toURI()));
        QualityGate gate = QualityGate.parse(List.of("instruction>=50", "line>=60"), false, "conditions");

        GateResult result = gate.evaluate(python, null);

        assertThat(result.conditions()).extracting(ConditionResult::verdict)
                .containsExactly(Verdict.NOT_EVALUATED, Verdict.PASSED);
    }

    @Test
    void deltaConditionsCompareWithTheReferenceWithinTheTolerance() {
        GateResult result = evaluate(false, REFERENCE, "line:delta>=-5", "line:delta>=-4.9:unstable",
                "line:delta>=-10@com.acme.core", "line.missed:delta<=0");

        assertThat(result.referenceAvailable()).isTrue();
        ConditionResult first = result.conditions().get(0);
        assertThat(first.reference()).isEqualTo(55.0);
        assertThat(first.delta()).isCloseTo(-5.0, within(1e-9));
        assertThat(result.conditions()).extracting(ConditionResult::verdict)
                .containsExactly(Verdict.PASSED, Verdict.VIOLATED, Verdict.PASSED, Verdict.VIOLATED);
        assertThat(result.conditions().get(3).delta()).isEqualTo(1.0);
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.conditions().get(1).message()).contains("vs. reference 55.00%").contains("change -5.00");
    }

    @Test
    void withoutAReferenceDeltaConditionsPassAndSaySo() {
        GateResult result = evaluate(false, null, "line:delta>=0");

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.referenceAvailable()).isFalse();
        assertThat(result.conditions().get(0).verdict()).isEqualTo(Verdict.NO_REFERENCE);
        assertThat(result.conditions().get(0).message()).contains("no reference build");
    }

    @Test
    void aReferenceWithoutTheScopeIsNoReferenceForThatCondition() {
        QualityGate old = QualityGate.parse(List.of("line>=0"), false, "c");
        QualityGate now = QualityGate.parse(List.of("line:delta>=0@class=*Service"), false, "c");

        GateResult result = now.evaluate(CURRENT, old.summarize(REFERENCE));

        assertThat(result.conditions().get(0).verdict()).isEqualTo(Verdict.NO_REFERENCE);
        assertThat(result.conditions().get(0).message()).contains("reference build has no line data in class=*Service");
    }

    @Test
    void aStoredSummaryIsEnoughForTheNextDelta(@TempDir Path dir) {
        QualityGate gate = QualityGate.parse(List.of("line:delta>=0@class=*Service", "line:delta>=-1@com.acme.*"),
                false, "c");
        Path stored = dir.resolve("summary.json");
        gate.evaluate(REFERENCE, null).summary().write(stored);

        GateResult result = gate.evaluate(CURRENT, CoverageSummary.read(stored));

        assertThat(result.conditions()).extracting(ConditionResult::reference).containsExactly(90.0, 55.0);
        assertThat(result.conditions()).extracting(ConditionResult::verdict)
                .containsExactly(Verdict.VIOLATED, Verdict.VIOLATED);
    }

    @Test
    void resultIsJson() throws Exception {
        GateResult result = evaluate(false, REFERENCE, "line:delta>=-5");

        var json = io.deliverygates.common.Json.mapper().readTree(result.toJson());

        assertThat(json.get("status").asText()).isEqualTo("PASSED");
        assertThat(json.get("conditions").get(0).get("condition").asText()).isEqualTo("line:delta>=-5");
        assertThat(json.get("summary").get("totals").get("LINE").get("covered").asLong()).isEqualTo(10);
    }

    @Test
    void gateAndResultSurviveJavaSerializationAsOverJenkinsRemoting() throws Exception {
        QualityGate gate = QualityGate.parse(List.of("line>=40@class=*Service", "branch:delta>=0:unstable"), true, "c");

        QualityGate copy = roundTrip(gate);
        GateResult result = copy.evaluate(CURRENT, gate.summarize(REFERENCE));
        GateResult resultCopy = roundTrip(result);

        assertThat(copy.conditions()).isEqualTo(gate.conditions());
        assertThat(copy.failOnMissingMetric()).isTrue();
        assertThat(resultCopy).isEqualTo(result);
        assertThat(resultCopy.summary().scopes()).containsKey("class=*Service");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
