package io.deliverygates.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deliverygates.common.InputException.Problem;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Reads a gate's stored summary (the versioned JSON a build keeps for the next build's comparison) with
 * {@link Json#mapper()}, and refuses one it cannot trust with one line naming {@code source}: blank (EMPTY), not
 * JSON of the type (MALFORMED, with the line), or not of the format this version writes (WRONG_FORMAT). Reads and
 * writes its file too, naming the file when that fails.
 */
public final class StoredSummary {
    private StoredSummary() {
    }

    /**
     * @param what     the summary's name in messages, e.g. {@code "coverage summary"}
     * @param readable whether a parsed summary is of the expected format (version, required parts)
     * @param format   the expected format for the refusal, e.g. {@code "of format version 1 (written by ...)"}
     */
    public static <T> T fromJson(String json, String source, Class<T> type, String what, Predicate<T> readable,
            String format) {
        if (json.isBlank()) {
            throw new InputException(Problem.EMPTY, source, "the " + what + " is empty");
        }
        T summary;
        try {
            summary = Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
            throw new InputException(Problem.MALFORMED, source, line, "not a " + what + ": " + e.getOriginalMessage(),
                    e);
        } catch (RuntimeException e) {
            throw new InputException(Problem.MALFORMED, source, InputException.NO_LINE,
                    "not a " + what + ": " + e.getMessage(), e);
        }
        if (!readable.test(summary)) {
            throw new InputException(Problem.WRONG_FORMAT, source, "not a " + what + " " + format);
        }
        return summary;
    }

    /** The text of a stored summary file (its size already checked by the caller), strictly UTF-8; errors name it. */
    public static String text(Path file, String what) {
        return TextFiles.readUtf8(file, file.toString(), what, false);
    }

    /** Writes {@code json} to {@code file}, creating its folder; UNREADABLE names the file when it cannot. */
    public static void write(Path file, String json, String what) {
        TextFiles.write(file, json, what);
    }
}
