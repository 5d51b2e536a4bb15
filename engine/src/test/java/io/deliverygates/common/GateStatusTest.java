package io.deliverygates.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateStatusTest {
    @Test
    void worseKeepsTheWorstOutcome() {
        assertThat(GateStatus.PASSED.worse(GateStatus.UNSTABLE)).isEqualTo(GateStatus.UNSTABLE);
        assertThat(GateStatus.FAILED.worse(GateStatus.UNSTABLE)).isEqualTo(GateStatus.FAILED);
        assertThat(GateStatus.UNSTABLE.worse(GateStatus.PASSED)).isEqualTo(GateStatus.UNSTABLE);
    }

    @Test
    void criticalityMapsToStatus() {
        assertThat(Criticality.UNSTABLE.statusWhenViolated()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(Criticality.FAILURE.statusWhenViolated()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void inputExceptionNamesFileAndLine() {
        InputException e = new InputException(InputException.Problem.MALFORMED, "target/jacoco.xml", 12, "bad", null);
        assertThat(e.getMessage()).isEqualTo("target/jacoco.xml:12: bad");
        assertThat(new InputException(InputException.Problem.EMPTY, "a.xml", "empty").getMessage())
                .isEqualTo("a.xml: empty");
    }
}
