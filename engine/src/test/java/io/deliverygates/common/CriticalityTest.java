package io.deliverygates.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CriticalityTest {
    @Test
    void parsesEitherNameInAnyCaseAndNamesTheParameterOtherwise() {
        assertThat(Criticality.parse("criticality", " unstable ")).isEqualTo(Criticality.UNSTABLE);
        assertThat(Criticality.parse("criticality", "FAILURE")).isEqualTo(Criticality.FAILURE);
        assertThatThrownBy(() -> Criticality.parse("criticality", "fatal"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.INVALID_PARAMETER))
                .hasMessage("criticality: 'fatal' is not UNSTABLE or FAILURE");
        assertThatThrownBy(() -> Criticality.parse("criticality", null))
                .hasMessage("criticality: is missing; give UNSTABLE or FAILURE");
    }
}
