package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A readers-writer lock on one data directory, across threads and processes: scans hold it shared while they copy
 * the database, an update holds it exclusively. A JVM may hold only one {@link FileLock} per file, so threads of
 * one JVM first meet on a {@link ReentrantReadWriteLock} and the first reader takes the shared file lock for all.
 * The lock file is {@value #FILE_NAME} in the data directory; the OS drops it when a process dies, so it never
 * goes stale (unlike dependency-check's own lock file).
 */
public final class DatabaseLock {
    public static final String FILE_NAME = "delivery-gates.lock";
    private static final Map<Path, DatabaseLock> LOCKS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final ReentrantReadWriteLock threads = new ReentrantReadWriteLock(true);
    private int sharedHolders;
    private FileChannel channel;
    private FileLock fileLock;

    private DatabaseLock(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    /** The one lock object of this JVM for the data directory. */
    public static DatabaseLock of(Path dataDirectory) {
        return LOCKS.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), DatabaseLock::new);
    }

    /** A held lock; {@link #waited()} tells whether another holder made this one wait. */
    public interface Held extends AutoCloseable {
        boolean waited();

        @Override
        void close();
    }

    /** Shared: any number of scans at once, no update. */
    public Held shared(Duration timeout) {
        return hold(threads.readLock(), true, timeout);
    }

    /** Exclusive: no scan and no other update at the same time. */
    public Held exclusive(Duration timeout) {
        return hold(threads.writeLock(), false, timeout);
    }

    private Held hold(Lock threadLock, boolean shared, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean waited = !threadLock.tryLock();
        if (waited) {
            acquire(threadLock, deadline);
        }
        try {
            synchronized (this) {
                if (!shared || sharedHolders == 0) {
                    waited |= lockFile(shared, deadline);
                }
                if (shared) {
                    sharedHolders++;
                }
            }
        } catch (RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
        boolean waitedForOthers = waited;
        return new Held() {
            @Override
            public boolean waited() {
                return waitedForOthers;
            }

            @Override
            public void close() {
                synchronized (DatabaseLock.this) {
                    if (!shared || --sharedHolders == 0) {
                        unlockFile();
                    }
                }
                threadLock.unlock();
            }
        };
    }

    private void acquire(Lock lock, long deadline) {
        try {
            if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** Takes the file lock, polling until the deadline; returns true if it had to wait. */
    private boolean lockFile(boolean shared, long deadline) {
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            boolean waited = false;
            while ((fileLock = channel.tryLock(0, Long.MAX_VALUE, shared)) == null) {
                waited = true;
                if (System.nanoTime() > deadline) {
                    closeChannel();
                    throw busy();
                }
                Thread.sleep(POLL_MILLIS);
            }
            return waited;
        } catch (OverlappingFileLockException e) {
            // this thread already holds the other kind of lock: waiting for itself would never end
            closeChannel();
            throw busy();
        } catch (IOException e) {
            closeChannel();
            throw new InputException(InputException.Problem.UNREADABLE, file.getParent().toString(),
                    InputException.NO_LINE, "cannot lock the data directory: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeChannel();
            throw busy();
        }
    }

    private void unlockFile() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it as well
        } finally {
            fileLock = null;
            closeChannel();
        }
    }

    private void closeChannel() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing left to release
        } finally {
            channel = null;
        }
    }

    private InputException busy() {
        return new InputException(InputException.Problem.UNAVAILABLE, file.getParent().toString(),
                "the vulnerability database is locked by a running update or scan (lock file " + file.getFileName()
                        + "); try again later");
    }

}
