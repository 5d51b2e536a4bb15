package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds report files by name or glob and checks them before a reader opens them. */
public final class ReportFiles {
    /** Reports larger than this are refused unless a reader is given another limit: 4 GiB. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024 * 1024;

    private ReportFiles() {
    }

    /**
     * The files a pattern names, sorted: a plain path (absolute or relative to {@code baseDir}), or a glob such as
     * {@code **}{@code /target/site/jacoco/jacoco.xml} ({@code *} within a folder, {@code **} across folders).
     *
     * @throws InputException NOT_FOUND naming {@code parameter} and the pattern when nothing matches
     */
    public static List<Path> resolve(Path baseDir, String pattern, String parameter) {
        return resolve(baseDir, pattern, parameter, false);
    }

    /** Like {@link #resolve(Path, String, String)}; with {@code folders} a glob also matches folders (class folders). */
    public static List<Path> resolve(Path baseDir, String pattern, String parameter, boolean folders) {
        if (pattern == null || pattern.isBlank()) {
            throw new InputException(Problem.INVALID_PARAMETER, parameter, "empty file name or glob");
        }
        int firstWildcard = firstWildcard(pattern);
        if (firstWildcard < 0) {
            Path file = baseDir.resolve(pattern).normalize();
            if (!Files.exists(file)) {
                throw new InputException(Problem.NOT_FOUND, file.toString(), "no such file (" + parameter + ")");
            }
            return List.of(file);
        }
        int slash = pattern.lastIndexOf('/', firstWildcard);
        Path root = baseDir.resolve(slash < 0 ? "." : pattern.substring(0, Math.max(slash, 1))).normalize();
        String relativeGlob = slash < 0 ? pattern : pattern.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relativeGlob);
        List<Path> matches = List.of();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                matches = files.filter(file -> Files.isRegularFile(file) || folders && Files.isDirectory(file))
                        .filter(file -> matcher.matches(root.relativize(file))
                                || relativeGlob.startsWith("**/") && matcher.matches(Path.of("x").resolve(root.relativize(file))))
                        .sorted()
                        .collect(Collectors.toList());
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(Problem.UNREADABLE, root.toString(), InputException.NO_LINE,
                        "cannot list files for glob '" + pattern + "': " + e.getMessage(), e);
            }
        }
        if (matches.isEmpty()) {
            throw new InputException(Problem.NOT_FOUND, parameter,
                    "glob '" + pattern + "' matches no file in " + root.toAbsolutePath().normalize()
                            + (Files.isDirectory(root) ? "" : " (no such folder)"));
        }
        return matches;
    }

    /**
     * Checks that a report exists, is a readable regular file, is not empty and not larger than {@code maxBytes}.
     *
     * @return its size in bytes
     */
    public static long check(Path file, long maxBytes) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InputException(Problem.NOT_FOUND, name, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(Problem.UNREADABLE, name, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(Problem.UNREADABLE, name, "not readable (check permissions)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, name, InputException.NO_LINE, e.toString(), e);
        }
        if (size == 0) {
            throw new InputException(Problem.EMPTY, name, "the file is empty (was the report written?)");
        }
        if (size > maxBytes) {
            throw new InputException(Problem.UNREADABLE, name,
                    "the file has " + size + " bytes, more than the limit of " + maxBytes + " bytes");
        }
        return size;
    }

    private static int firstWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
