package io.deliverygates.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writers' mutual exclusion for one ledger: an in-JVM lock (threads; {@link FileChannel#lock()} cannot be
 * taken twice in one JVM) and then an OS file lock (processes). The OS lock is on a separate lock file that is
 * never renamed, so a writer waiting while retention replaces the ledger file appends to the new file, not to the
 * replaced one. The OS releases the file lock when a writer dies, even by {@code kill -9}.
 */
final class LedgerLock {
    private static final ConcurrentMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    /** Work done while holding the lock. */
    @FunctionalInterface
    interface Locked<T> {
        T run() throws IOException;
    }

    private LedgerLock() {
    }

    @SuppressWarnings("try") // the file lock is held by the try block, not used in it
    static <T> T with(Path lockFile, Locked<T> work) throws IOException {
        Path folder = lockFile.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path key = folder.toRealPath().resolve(lockFile.getFileName());
        ReentrantLock threads = IN_JVM.computeIfAbsent(key, k -> new ReentrantLock());
        threads.lock();
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock processes = channel.lock()) {
            return work.run();
        } finally {
            threads.unlock();
        }
    }
}
