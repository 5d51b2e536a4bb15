package io.jenkins.plugins.deliverygates.health;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * Holds an object's monitor in a thread of its own and never lets it go: a thread that then needs the monitor stops
 * exactly there, as if the JVM had died at that point. With {@code JenkinsSessionExtension} (one JVM for all
 * sessions) this pins a background thread of the old Jenkins at a chosen line, so that it neither finishes nor
 * writes anything after the restart, while the next session works with its own, new objects.
 */
final class HeldMonitor {
    private final Object target;

    private HeldMonitor(Object target) {
        this.target = target;
    }

    /** Takes {@code target}'s monitor for good (a daemon thread keeps it until the JVM ends). */
    static HeldMonitor holdForever(Object target) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (target) {
                held.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "test holding the monitor of " + target.getClass().getSimpleName());
        holder.setDaemon(true);
        holder.start();
        held.await();
        return new HeldMonitor(target);
    }

    /** Waits up to a minute until a thread is blocked on this monitor entering a synchronized block of {@code method}. */
    void awaitBlockedIn(String method) throws InterruptedException {
        int monitor = System.identityHashCode(target);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, false)) {
                StackTraceElement[] stack = thread.getStackTrace();
                if (thread.getThreadState() == Thread.State.BLOCKED && thread.getLockInfo() != null
                        && thread.getLockInfo().getIdentityHashCode() == monitor && stack.length > 0
                        && stack[0].getClassName().equals(target.getClass().getName())
                        && stack[0].getMethodName().equals(method)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no thread blocked in " + target.getClass().getSimpleName() + "." + method
                + " within a minute");
    }
}
