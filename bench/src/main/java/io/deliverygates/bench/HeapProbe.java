package io.deliverygates.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Parses one report once in a fresh JVM and prints how much heap was live: the largest heap occupancy right after a
 * garbage collection during the parse (run with a small young generation, so collections come every few MB of
 * allocation), and what the parse result keeps after a full collection. Both are above the idle JVM's heap. Run by
 * {@link PeakHeap}.
 */
public final class HeapProbe {
    static final String RESULT = "HEAP ";

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        ReportParser parser = Parsers.named(args[0]);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                    peak.accumulateAndGet(heapUsed(after, heapPools), Math::max);
                }
            }, null, null);
        }
        long idle = settledHeap();
        peak.set(0);

        Object parsed = parser.parse(Path.of(args[1]));
        long retained = settledHeap();
        CoverageTotals totals = parser.totals(parsed);
        Reference.reachabilityFence(parsed);

        System.out.println(RESULT + (peak.get() - idle) + " " + (retained - idle) + " " + totals);
    }

    private static long heapUsed(Map<String, MemoryUsage> pools, Set<String> heapPools) {
        return pools.entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
    }

    /** The heap in use after a full collection, once the collector's notifications have been delivered. */
    private static long settledHeap() throws InterruptedException {
        System.gc();
        TimeUnit.MILLISECONDS.sleep(300);
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
