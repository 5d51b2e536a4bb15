package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A scan's own temporary folder, {@code delivery-gates-scan-<pid>-<random>}: dependency-check's data directory of
 * the scan and its temporary files (the {@code dctemp*} database copy, as large as the database) live inside it.
 * It is removed when the scan ends, also on an exception, an interrupt or SIGTERM (a shutdown hook). The scan
 * holds an OS lock on {@value #OWNER_LOCK} inside it for its whole run; the OS drops it when the process dies, so
 * the next scan can tell the folder of a killed process (removed) from a running scan's (left alone).
 */
final class ScanFolder implements AutoCloseable {
    static final String PREFIX = "delivery-gates-scan-";
    static final String OWNER_LOCK = "owner.lock";
    /** A folder without its lock file is a scan that is just starting, unless it is older than this. */
    private static final Duration STARTING = Duration.ofMinutes(1);
    /** How long a stopping JVM waits for the scan to end before removing its folder anyway. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Path path;
    private final FileChannel channel;
    private final Thread shutdownHook;

    private ScanFolder(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
        Thread scan = Thread.currentThread();
        this.shutdownHook = new Thread(() -> stopAndDelete(scan, path), "delivery-gates-scan-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Removes stale folders of dead scans in {@code tempDirectory}, then creates and locks a new one there. */
    static ScanFolder create(Path tempDirectory) {
        try {
            Files.createDirectories(tempDirectory);
            removeStale(tempDirectory);
            Path path = Files.createTempDirectory(tempDirectory, PREFIX + ProcessHandle.current().pid() + "-");
            FileChannel channel = FileChannel.open(path.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            channel.lock();
            return new ScanFolder(path, channel);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, tempDirectory.toString(),
                    InputException.NO_LINE, "cannot create a temporary folder: " + e, e);
        }
    }

    /**
     * On SIGTERM the scan's threads keep running while shutdown hooks run, and dependency-check would create its
     * folders again: stop the scan first (its own cleanup runs then), and remove what is left.
     */
    private static void stopAndDelete(Thread scan, Path path) {
        scan.interrupt();
        try {
            scan.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DataDirectories.deleteWhileInUse(path);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook removes the folder
        }
        try {
            channel.close(); // releases the lock
        } catch (IOException e) {
            // the folder goes below anyway
        }
        DataDirectories.deleteRecursively(path);
    }

    /** Folders of our kind whose owner is gone: its lock is free, or it never took one and its process is dead. */
    static void removeStale(Path tempDirectory) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tempDirectory, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && isStale(folder)) {
                    DataDirectories.deleteRecursively(folder);
                }
            }
        } catch (IOException e) {
            // best effort: a folder that cannot be listed is left for the next scan
        }
    }

    private static boolean isStale(Path folder) {
        try {
            return hasNoOwner(folder);
        } catch (IOException e) {
            return false; // vanished or unreadable meanwhile: not ours to judge
        }
    }

    private static boolean hasNoOwner(Path folder) throws IOException {
        Path lockFile = folder.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            boolean young = Files.getLastModifiedTime(folder).toInstant().isAfter(Instant.now().minus(STARTING));
            return !young && owner(folder).map(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true))
                    .orElse(true);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // held by a running scan in another process
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // held by a running scan of this JVM
        }
    }

    /** The process id in the folder's name, if it has one. */
    private static Optional<Long> owner(Path folder) {
        String rest = folder.getFileName().toString().substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Optional.of(Long.parseLong(rest.substring(0, dash))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
