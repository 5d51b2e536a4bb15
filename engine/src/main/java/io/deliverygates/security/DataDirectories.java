package io.deliverygates.security;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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

    /** Removes a folder and everything in it; best effort, a missing folder is fine. */
    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (NoSuchFileException e) {
            // nothing to remove
        } catch (IOException | UncheckedIOException e) {
            // best effort: what is left is removed by the next run of the same kind
        }
    }
}
