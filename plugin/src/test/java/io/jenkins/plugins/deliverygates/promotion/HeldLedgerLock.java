package io.jenkins.plugins.deliverygates.promotion;

import hudson.model.Job;
import io.deliverygates.ledger.FileLedger;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds a job ledger's writers' lock (the engine's in-JVM lock, which every writer takes before the file lock) so a
 * test can see which thread a ledger write blocks: the CPS VM thread must never be the one.
 */
public final class HeldLedgerLock implements AutoCloseable {
    private static final String WRITER_FRAME = "io.deliverygates.ledger.LedgerLock";
    private final CountDownLatch release = new CountDownLatch(1);
    private final Thread holder;
    private final ConcurrentMap<Path, ReentrantLock> locks;
    private final Path key;
    private final ReentrantLock lock;
    private volatile boolean abandoned;

    /** A thread of its own holds the lock, so any thread (or a later Jenkins session) may release it. */
    private HeldLedgerLock(ConcurrentMap<Path, ReentrantLock> locks, Path key) throws InterruptedException {
        this.locks = locks;
        this.key = key;
        this.lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        CountDownLatch locked = new CountDownLatch(1);
        holder = new Thread(() -> {
            lock.lock();
            try {
                locked.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        }, "test holding the ledger lock");
        holder.setDaemon(true);
        holder.start();
        locked.await();
    }

    /** Takes the lock of {@code job}'s ledger; close to release it. */
    @SuppressWarnings("unchecked")
    public static HeldLedgerLock of(Job<?, ?> job) throws Exception {
        Path file = JobLedger.of(job).file();
        Files.createDirectories(file.getParent());
        Path key = file.getParent().toRealPath().resolve(file.getFileName() + FileLedger.LOCK_SUFFIX);
        Field field = Class.forName(WRITER_FRAME).getDeclaredField("IN_JVM");
        field.setAccessible(true);
        ConcurrentMap<Path, ReentrantLock> locks = (ConcurrentMap<Path, ReentrantLock>) field.get(null);
        return new HeldLedgerLock(locks, key);
    }

    /**
     * Simulates the death of the JVM for the writers waiting now: they keep waiting for this lock, which is never
     * released, while later writers (the next Jenkins session of a {@code JenkinsSessionExtension}, which runs in the
     * same JVM) take a fresh lock. Use it before a restart that must cut those writers short.
     */
    public void abandon() {
        locks.remove(key, lock);
        abandoned = true;
    }

    /** The name of the thread that waits for this lock to write, waiting up to a minute for one to come. */
    public String blockedWriter() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                // waiting for this very lock: writers of other tests' ledgers may be blocked for good (abandon)
                if (lock.hasQueuedThread(thread.getKey()) && Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().equals(WRITER_FRAME))) {
                    return thread.getKey().getName();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no thread came to write the ledger within a minute");
    }

    @Override
    public void close() throws InterruptedException {
        if (abandoned) {
            return; // its waiting writers belong to a Jenkins that is gone: they must never write
        }
        release.countDown();
        holder.join();
    }
}
