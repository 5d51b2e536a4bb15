package io.deliverygates.bench;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.Window;
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
 * A companion to {@link MetricsBenchmark}'s cold case: the same 1M-event fixture with every id (event, deployment,
 * incident, commit) replaced by a UUID string, as real ledgers have, so that the id tables get no help from the
 * fixture's short sequential ids. Times the cold computation by wall and thread CPU time after warm-up rounds (not
 * JMH). Run: {@code java -Xms3g -Xmx3g -cp bench/target/benchmarks.jar io.deliverygates.bench.MetricsRandomIds}
 * (add {@code sequential} to time the unchanged fixture in the same way).
 */
public final class MetricsRandomIds {
    private static final int ROUNDS = 12;
    private static final int SHOWN = 6;

    private MetricsRandomIds() {
    }

    public static void main(String[] args) {
        List<LedgerEvent> sequential = LedgerFixture.generate(1_000_000, 180);
        boolean keep = args.length > 0 && "sequential".equals(args[0]);
        List<LedgerEvent> ledger = keep ? sequential : withUuids(sequential);
        Window window = Window.lastDays(90, LedgerFixture.end(ledger));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= ROUNDS; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            new IncrementalMetrics("shop/deploy", MetricsConfig.defaults()).acceptAll(ledger).report(window);
            if (round > ROUNDS - SHOWN) {
                System.out.printf(Locale.ROOT, "%s ids, round %d: cold %.0f ms wall, %.0f ms CPU%n",
                        keep ? "sequential" : "UUID", round, (System.nanoTime() - wall) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
    }

    private static List<LedgerEvent> withUuids(List<LedgerEvent> ledger) {
        Map<String, String> ids = new HashMap<>();
        List<LedgerEvent> renamed = new ArrayList<>(ledger.size());
        for (LedgerEvent event : ledger) {
            List<Commit> commits = new ArrayList<>(event.commits().size());
            for (Commit commit : event.commits()) {
                commits.add(new Commit(uuid(ids, commit.id()), commit.authorTime(), commit.commitTime()));
            }
            renamed.add(LedgerEvent.builder(event.type(), event.time()).id(uuid(ids, event.id()))
                    .deploymentId(uuid(ids, event.deploymentId())).incidentId(uuid(ids, event.incidentId()))
                    .fixesIncident(uuid(ids, event.fixesIncident())).environment(event.environment())
                    .version(event.version()).build(event.build()).commits(commits).outcome(event.outcome())
                    .duration(event.duration()).build());
        }
        return renamed;
    }

    /** The same UUID for the same id, so that the joins still match. */
    private static String uuid(Map<String, String> ids, String id) {
        return id == null ? null : ids.computeIfAbsent(id,
                key -> UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }
}
