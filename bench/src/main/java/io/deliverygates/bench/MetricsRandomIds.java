package io.deliverygates.bench;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.Window;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A companion to {@link MetricsBenchmark}'s cold case: the same 1M-event fixture as a real ledger holds it — event,
 * deployment and incident ids as UUIDs (what {@code promote} writes), commit ids as 40-hex-digit SHAs — written to a
 * ledger file and read back, so that every event owns the objects the reader made for it, as on a cold start in
 * Jenkins: the id tables get no help from the fixture's short sequential ids, nor the memory layout from its shared
 * commit lists. Times the cold computation by wall and thread CPU time after warm-up rounds (not JMH). Run: {@code java -Xms3g -Xmx3g -cp bench/target/benchmarks.jar io.deliverygates.bench.MetricsRandomIds}
 * (add {@code sequential} to time the unchanged fixture in the same way).
 */
public final class MetricsRandomIds {
    private static final int ROUNDS = 12;
    private static final int SHOWN = 6;

    private MetricsRandomIds() {
    }

    public static void main(String[] args) throws IOException {
        List<LedgerEvent> sequential = LedgerFixture.generate(1_000_000, 180);
        boolean keep = args.length > 0 && "sequential".equals(args[0]);
        List<LedgerEvent> ledger = keep ? sequential : asRead(sequential);
        Window window = Window.lastDays(90, LedgerFixture.end(ledger));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= ROUNDS; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            new IncrementalMetrics("shop/deploy", MetricsConfig.defaults()).acceptAll(ledger).report(window);
            if (round > ROUNDS - SHOWN) {
                System.out.printf(Locale.ROOT, "%s ids, round %d: cold %.0f ms wall, %.0f ms CPU%n",
                        keep ? "sequential" : "UUID/SHA", round, (System.nanoTime() - wall) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
    }

    /** The ledger with real-looking ids, written to a ledger file and read back as {@code LedgerMetrics} reads it. */
    private static List<LedgerEvent> asRead(List<LedgerEvent> ledger) throws IOException {
        Map<String, String> ids = new HashMap<>();
        List<LedgerEvent> renamed = new ArrayList<>(ledger.size());
        for (LedgerEvent event : ledger) {
            List<Commit> commits = new ArrayList<>(event.commits().size());
            for (Commit commit : event.commits()) {
                commits.add(new Commit(ids.computeIfAbsent(commit.id(), MetricsRandomIds::sha), null,
                        commit.commitTime()));
            }
            renamed.add(LedgerEvent.builder(event.type(), event.time()).id(uuid(ids, event.id()))
                    .deploymentId(uuid(ids, event.deploymentId())).incidentId(uuid(ids, event.incidentId()))
                    .fixesIncident(uuid(ids, event.fixesIncident())).environment(event.environment())
                    .version(event.version()).build(event.build()).commits(commits).outcome(event.outcome())
                    .duration(event.duration()).build());
        }
        try (TempLedger file = new TempLedger("metrics-random-ids", renamed)) {
            return file.ledger().events();
        }
    }

    /** The same UUID for the same id, so that the joins still match. */
    private static String uuid(Map<String, String> ids, String id) {
        return id == null ? null : ids.computeIfAbsent(id,
                key -> UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** A 40-hex-digit id standing for a git commit SHA-1, the same for the same fixture id. */
    private static String sha(String id) {
        UUID a = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
        UUID b = UUID.nameUUIDFromBytes(a.toString().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%016x%016x%08x", a.getMostSignificantBits(),
                a.getLeastSignificantBits(), (int) b.getMostSignificantBits());
    }
}
