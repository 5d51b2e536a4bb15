package io.deliverygates.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.DeploymentHistory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing and validation of probe parameters: every error names its parameter. */
class ProbeParametersTest {
    private static final URI URL = URI.create("http://127.0.0.1:1/health");

    @Test
    void statusCodesAcceptCodesAndRanges() {
        StatusCodes codes = StatusCodes.parse("200-204, 304", "expectedStatus");

        assertThat(codes.contains(204)).isTrue();
        assertThat(codes.contains(304)).isTrue();
        assertThat(codes.contains(205)).isFalse();
        assertThat(codes.contains(-1)).isFalse();
        assertThat(codes).hasToString("200-204,304").isEqualTo(StatusCodes.parse("200-204,304", "x"))
                .hasSameHashCodeAs(StatusCodes.parse("200-204,304", "x")).isNotEqualTo(StatusCodes.SUCCESS);
        for (String bad : new String[] {"2xx", "99", "300-200", "600", ""}) {
            assertThatThrownBy(() -> StatusCodes.parse(bad, "expectedStatus")).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("expectedStatus: '" + bad + "' is not a list of HTTP status codes");
        }
    }

    @Test
    void bodyConditionErrorsNameTheParameter() {
        assertThatThrownBy(() -> BodyCondition.parse("status=UP", "body"))
                .hasMessageStartingWith("body: 'status=UP' is not a body condition");
        assertThatThrownBy(() -> BodyCondition.parse("json:/status", "body"))
                .hasMessageStartingWith("body: 'json:/status' is not a body condition");
        assertThatThrownBy(() -> BodyCondition.parse("json:status=UP", "body"))
                .hasMessageStartingWith("body: 'status' is not a JSON pointer");
        assertThatThrownBy(() -> BodyCondition.parse("regex:([", "body"))
                .hasMessageStartingWith("body: '([' is not a regular expression");
        assertThat(BodyCondition.parse("regex:^ok$", "body").violation("ok")).isEmpty();
        assertThat(BodyCondition.parse("regex:^ok$", "body").violation("not ok")).contains("body does not match /^ok$/");
    }

    @Test
    void probeSpecValidatesAndDefaults() {
        ProbeSpec spec = ProbeSpec.get(URL);
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.expectedStatus()).isEqualTo(StatusCodes.SUCCESS);
        assertThat(spec.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(spec).hasToString("GET " + URL + " expecting 200-299 within 5000ms");

        assertThatThrownBy(() -> ProbeSpec.get(URI.create("file:///etc/passwd")))
                .hasMessage("url: 'file:///etc/passwd' is not an http(s) URL with a host");
        assertThatThrownBy(() -> new ProbeSpec(URL, "POST", null, null, null, null, null, true))
                .hasMessage("method: 'POST' is not supported (GET or HEAD)");
        assertThatThrownBy(() -> new ProbeSpec(URL, null, null, null, Duration.ZERO, null, null, true))
                .hasMessage("timeout: must be positive");
    }

    @Test
    void aCaCertificateThatIsNotPemIsAParameterError() {
        ProbeSpec spec = new ProbeSpec(URI.create("https://127.0.0.1:1/"), null, null, null, null, null,
                "not a certificate", true);

        assertThatThrownBy(() -> new HttpProbe(spec, Clock.systemUTC())).isInstanceOf(InputException.class)
                .hasMessageStartingWith("caCertificate: ");
    }

    @Test
    void findsTheDeploymentAHealthCheckJudges() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        DeploymentHistory history = new DeploymentHistory(List.of(
                finished(t, "d-1", "1.0"), finished(t, "d-2", "1.1"),
                LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, t).environment("prod").version("1.2")
                        .deploymentId("d-3").build()));

        assertThat(DeploymentRef.find(history, "prod", null, null, "deployment"))
                .isEqualTo(new DeploymentRef("prod", "1.1", "d-2"));
        assertThat(DeploymentRef.find(history, "prod", "1.0", null, "deployment"))
                .isEqualTo(new DeploymentRef("prod", "1.0", "d-1"));
        assertThat(DeploymentRef.find(history, "prod", null, "d-3", "deployment"))
                .isEqualTo(new DeploymentRef("prod", "1.2", "d-3"));
        assertThat(DeploymentRef.find(history, "qa", "2.0", null, "deployment"))
                .isEqualTo(new DeploymentRef("qa", "2.0", null));
        assertThatThrownBy(() -> DeploymentRef.find(history, "prod", null, "d-9", "deploymentId"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.NOT_FOUND))
                .hasMessage("deploymentId: no deployment d-9 in the ledger");
    }

    private static LedgerEvent finished(Instant time, String id, String version) {
        return LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, time).environment("prod").version(version)
                .deploymentId(id).outcome(Outcome.SUCCEEDED).build();
    }
}
