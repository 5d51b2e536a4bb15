package io.jenkins.plugins.deliverygates;

import hudson.util.DaemonThreadFactory;
import hudson.util.NamingThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jenkins.security.ImpersonatingExecutorService;
import jenkins.util.ContextResettingExecutorService;
import hudson.security.ACL;

/**
 * The plugin's own threads for work that may block and so must never run on the CPS VM thread: ledger appends
 * (which wait for the ledger's file lock), whole-ledger reads and health probes. Steps hand work here from their
 * {@code start}, {@code stop}, {@code onResume} and body callbacks, and complete their context from here.
 */
public final class BackgroundWork {
    private static final ExecutorService THREADS = new ImpersonatingExecutorService(
            new ContextResettingExecutorService(Executors.newCachedThreadPool(
                    new NamingThreadFactory(new DaemonThreadFactory(), "Delivery Gates background work"))),
            ACL.SYSTEM2);

    private BackgroundWork() {
    }

    /** Runs {@code work} on one of the plugin's threads, as SYSTEM (ledger files are the controller's). */
    public static void submit(Runnable work) {
        THREADS.submit(work);
    }
}
