package io.deliverygates.coverage.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.coverage.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {

    @Test
    void simpleConditionIsAnAbsoluteProjectPercentageThatFails() {
        Condition c = Condition.parse("line>=80", "--condition");

        assertThat(c).isEqualTo(new Condition(Metric.LINE, Quantity.PERCENT, Baseline.ABSOLUTE, 80, Scope.PROJECT,
                Criticality.FAILURE));
        assertThat(c.tolerance()).isZero();
    }

    @Test
    void everyPartIsRead() {
        Condition c = Condition.parse(" Branch:delta >= -0.5 @com.acme.* :unstable ", "--condition");

        assertThat(c.metric()).isEqualTo(Metric.BRANCH);
        assertThat(c.baseline()).isEqualTo(Baseline.DELTA);
        assertThat(c.threshold()).isEqualTo(-0.5);
        assertThat(c.tolerance()).isEqualTo(0.5);
        assertThat(c.scope()).isEqualTo(new Scope(Scope.Kind.PACKAGE, "com.acme.*"));
        assertThat(c.criticality()).isEqualTo(Criticality.UNSTABLE);
    }

    @Test
    void missedCountsAreLowerIsBetter() {
        Condition c = Condition.parse("complexity.missed<=200@class=*Service", "conditions");

        assertThat(c.quantity()).isEqualTo(Quantity.MISSED);
        assertThat(c.scope()).isEqualTo(new Scope(Scope.Kind.CLASS, "*Service"));
        assertThat(Condition.parse("line.missed:delta<=5", "c").tolerance()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line>=80", "branch>=60:unstable", "line:delta>=-0.5", "instruction>=70@com.acme.*",
        "line>=90@class=*Service", "method>=50@file=src/*.py", "complexity.missed<=200", "line.missed:delta<=0"})
    void specRoundTrips(String spec) {
        Condition c = Condition.parse(spec, "c");

        assertThat(c.spec()).isEqualTo(spec);
        assertThat(Condition.parse(c.spec(), "c")).isEqualTo(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "line", "line>=", "lines>=80", "line<=80", "line.missed>=3", "line>80",
        "line>=120", "line>=80:sometimes", "line>=80@", "line>=80@module=x", "line>=eighty"})
    void badConditionsNameTheParameter(String spec) {
        assertThatThrownBy(() -> Condition.parse(spec, "--condition"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_PARAMETER);
                    assertThat(e.source()).isEqualTo("--condition");
                    assertThat(e.getMessage()).startsWith("--condition: ");
                });
    }

    @Test
    void wrongOperatorSaysWhichDirectionIsBetter() {
        assertThatThrownBy(() -> Condition.parse("line<=80", "c")).hasMessageContaining("higher-is-better: use >=");
        assertThatThrownBy(() -> Condition.parse("line.missed>=8", "c")).hasMessageContaining("use <=");
    }
}
