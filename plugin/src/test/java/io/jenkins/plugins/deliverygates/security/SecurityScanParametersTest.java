package io.jenkins.plugins.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan's criticality is parsed by the engine's {@link Criticality#parse}, and a wrong one names the parameter. */
class SecurityScanParametersTest {
    private static SecurityScanParameters withCriticality(String criticality) {
        return new SecurityScanParameters(List.of("lib"), List.of(), 9.0, null, false, criticality, List.of(),
                List.of(), null, "nvd", true, false, false, false);
    }

    @Test
    void criticalityInAnyCaseIsRead() {
        assertThat(withCriticality(" unstable ").policy().criticality()).isEqualTo(Criticality.UNSTABLE);
    }

    @Test
    void unknownCriticalityIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> withCriticality("SOMETIMES").policy()).isInstanceOf(InputException.class)
                .hasMessageContaining("criticality").hasMessageContaining("'SOMETIMES' is not UNSTABLE or FAILURE");
    }
}
