package io.deliverygates.security;

/**
 * dependency-check builds one CPE index per JVM from the database of the first scan that opens it and shares it
 * with every scan that starts while it is open. Scans of the same database (same file, same update) may share
 * it; a scan of another database, or of the same one after an update, waits here until the index is released,
 * else it would silently search the wrong data.
 */
final class CpeIndexSharing {
    private static final Object MONITOR = new Object();
    private static String currentKey;
    private static int users;

    private CpeIndexSharing() {
    }

    /** Waits until the JVM's index is free or built from the same database; returns whether it waited. */
    static boolean enter(String databaseKey) throws InterruptedException {
        synchronized (MONITOR) {
            boolean waited = false;
            while (users > 0 && !databaseKey.equals(currentKey)) {
                waited = true;
                MONITOR.wait();
            }
            currentKey = databaseKey;
            users++;
            return waited;
        }
    }

    static void exit() {
        synchronized (MONITOR) {
            if (--users == 0) {
                currentKey = null;
                MONITOR.notifyAll();
            }
        }
    }
}
