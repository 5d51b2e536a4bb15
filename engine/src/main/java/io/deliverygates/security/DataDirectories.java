package io.deliverygates.security;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.owasp.dependencycheck.data.nvdcve.DatabaseManager;
import org.owasp.dependencycheck.utils.Settings;

/** Where dependency-check keeps its database, and how to word its errors. */
final class DataDirectories {
    private DataDirectories() {
    }

    /** The H2 database file the settings point to. */
    static Path databaseFile(Settings settings) {
        try {
            File file = DatabaseManager.getH2DataFile(settings);
            return file.toPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The innermost message of a chain of causes: dependency-check wraps the useful one deeply. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root.getMessage() != null && message.indexOf(root.getMessage()) < 0) {
                message.append(": ").append(root.getMessage());
            }
        }
        return message.toString();
    }

    /**
     * Removes a folder and everything in it; best effort, a missing folder is fine. Entries that vanish or cannot
     * be read meanwhile are skipped, not a reason to stop.
     */
    static void deleteRecursively(Path directory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    file.toFile().delete();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    dir.toFile().delete();
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: what is left is removed by the next run of the same kind
        }
    }

    /** Removes a folder that another thread may still be writing to (a scan being stopped): retries a little. */
    static void deleteWhileInUse(Path directory) {
        for (int attempt = 0; attempt < 20 && Files.exists(directory); attempt++) {
            deleteRecursively(directory);
            if (Files.exists(directory)) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
