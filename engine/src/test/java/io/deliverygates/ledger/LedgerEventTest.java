package io.deliverygates.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEventTest {
    @Test
    void roundTripsThroughJsonWithoutLosingAField() throws Exception {
        Instant t = Instant.parse("2026-11-01T10:15:30Z");
        LedgerEvent event = LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, t)
                .environment("production").version("1.4.2").deploymentId("d-1")
                .build(new BuildRef("shop/deploy", 42, "job/shop/job/deploy/42/"))
                .commits(List.of(new Commit("abc123", t.minusSeconds(7200), t.minusSeconds(3600))))
                .outcome(Outcome.SUCCEEDED).duration(Duration.ofSeconds(95)).message("ok")
                .build();

        String line = Json.mapper().writeValueAsString(event);
        assertThat(line).doesNotContain("\n").contains("\"time\":\"2026-11-01T10:15:30Z\"");
        assertThat(Json.mapper().readValue(line, LedgerEvent.class)).isEqualTo(event);
    }

    @Test
    void commitWithoutAuthorTimeUsesCommitTime() {
        Instant t = Instant.parse("2026-11-01T10:15:30Z");
        assertThat(new Commit("a", null, t).authorTime()).isEqualTo(t);
    }
}
