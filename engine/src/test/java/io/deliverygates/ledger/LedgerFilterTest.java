package io.deliverygates.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerFilterTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private static final LedgerEvent EVENT = LedgerEvent.builder(EventType.ROLLBACK, T).environment("staging")
            .version("2.0").build();

    @Test
    void everyCriterionMustMatch() {
        assertThat(LedgerFilter.ALL.test(EVENT)).isTrue();
        assertThat(new LedgerFilter(Set.of(EventType.ROLLBACK), Set.of("staging"), "2.0", T, T.plusSeconds(1))
                .test(EVENT)).isTrue();
        assertThat(new LedgerFilter(Set.of(EventType.INCIDENT_OPENED), null, null, null, null).test(EVENT))
                .isFalse();
        assertThat(new LedgerFilter(null, Set.of("production"), null, null, null).test(EVENT)).isFalse();
        assertThat(new LedgerFilter(null, null, "1.0", null, null).test(EVENT)).isFalse();
        assertThat(new LedgerFilter(null, null, null, T.plusSeconds(1), null).test(EVENT)).isFalse();
        assertThat(new LedgerFilter(null, null, null, null, T).test(EVENT)).isFalse();
    }
}
