package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Checks that every zip-based archive among the scanned paths can be opened. dependency-check logs an archive it
 * cannot open and goes on without it, so a 0-byte or truncated jar would be a scan that checked nothing there.
 */
final class Archives {
    /** Zip-based archives dependency-check opens (its archive and jar analyzers). */
    private static final Set<String> ZIP_EXTENSIONS = Set.of("jar", "war", "ear", "sar", "zip", "apk", "aar",
            "nupkg", "hpi", "jpi");

    private Archives() {
    }

    static void requireReadable(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.filter(Files::isRegularFile).filter(Archives::isZip).forEach(Archives::open);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, path.toString(), InputException.NO_LINE,
                    "cannot list the files to scan: " + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && ZIP_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static void open(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new InputException(InputException.Problem.EMPTY, file.toString(),
                        "the archive is empty (0 bytes): nothing in it can be checked");
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                zip.size();
            }
        } catch (IOException e) {
            throw new InputException(InputException.Problem.MALFORMED, file.toString(), InputException.NO_LINE,
                    "the archive cannot be opened (truncated or not a zip file): " + e.getMessage(), e);
        }
    }
}
