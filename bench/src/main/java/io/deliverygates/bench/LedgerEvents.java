package io.deliverygates.bench;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Realistic ledger events for the benchmarks: a finished production deployment with two commits. */
final class LedgerEvents {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private LedgerEvents() {
    }

    static LedgerEvent deployment(long i) {
        Instant time = START.plusSeconds(i * 60);
        return LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, time)
                .id("bench-" + i).environment(i % 3 == 0 ? "production" : "staging").version("1." + i)
                .deploymentId("d-" + i).build(new BuildRef("shop/deploy", i, "job/shop/job/deploy/" + i + "/"))
                .commits(List.of(new Commit(Long.toHexString(i * 7919), time.minusSeconds(7200),
                                time.minusSeconds(3600)),
                        new Commit(Long.toHexString(i * 104729), null, time.minusSeconds(1800))))
                .outcome(i % 20 == 0 ? Outcome.FAILED : Outcome.SUCCEEDED).duration(Duration.ofSeconds(95))
                .build();
    }
}
