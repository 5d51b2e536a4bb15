package io.deliverygates.demo;

import io.deliverygates.ledger.LedgerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A realistic, deterministic delivery ledger for demos and tests: six months of builds, deployments to
 * dev/staging/production with their commits, failures, health checks, rollbacks, incidents and fix deployments
 * for a few jobs. The same seed and end time always give the same events (ids included).
 *
 * <p>One job has HTML and script in its name and versions, so every renderer's escaping is exercised.
 */
public final class DemoLedger {
    /** The period the demo covers, ending at the given end time. */
    public static final Duration PERIOD = Duration.ofDays(182);

    /** The demo's jobs; the last one's name and versions are hostile on purpose. */
    public static final List<DemoJob> JOBS = List.of(
            new DemoJob("shop/checkout-service", "3.", 3.0),
            new DemoJob("shop/catalog-api", "1.8.", 1.2),
            new DemoJob("payments/ledger-sync", "2.4.", 0.5),
            new DemoJob("<script>alert(1)</script> \"legacy\" & co", "0.9.<b>", 0.3));

    private final long seed;
    private final Instant end;
    private final List<DemoJob> jobs;

    public DemoLedger(long seed, Instant end) {
        this(seed, end, JOBS);
    }

    public DemoLedger(long seed, Instant end, List<DemoJob> jobs) {
        this.seed = seed;
        this.end = Objects.requireNonNull(end, "end");
        this.jobs = List.copyOf(jobs);
    }

    /** The events of each job's ledger, oldest first; keys in the order of the jobs. */
    public Map<DemoJob, List<LedgerEvent>> eventsByJob() {
        Map<DemoJob, List<LedgerEvent>> byJob = new LinkedHashMap<>();
        SplittableRandom root = new SplittableRandom(seed);
        Instant start = end.minus(PERIOD);
        for (DemoJob job : jobs) {
            List<LedgerEvent> events = new JobSimulation(job, root.split(), start, end).run();
            events.sort(Comparator.comparing(LedgerEvent::time));
            byJob.put(job, List.copyOf(events));
        }
        return byJob;
    }

    /** All events of all jobs, oldest first. */
    public List<LedgerEvent> events() {
        List<LedgerEvent> all = new ArrayList<>();
        eventsByJob().values().forEach(all::addAll);
        all.sort(Comparator.comparing(LedgerEvent::time));
        return all;
    }
}
