package io.deliverygates.common;

import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a small UTF-8 text input (a stored summary, an allow list) so that every way it can be wrong is one
 * {@link InputException} naming it: missing, not a regular file (a folder, or a FIFO that would block the read),
 * empty, too large, or bytes that are not UTF-8. A leading byte order mark is dropped, as editors on Windows write one.
 */
public final class TextFiles {
    /** More than any summary or allow list: a guard against reading a wrong, huge file into memory. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * @param source names the file (and parameter) in errors
     * @param what   what the file should be, for the empty-file message ("the license summary is empty")
     * @param emptyAllowed whether a zero-byte file is read as "" instead of being an error
     */
    public static String readUtf8(Path file, String source, String what, boolean emptyAllowed) {
        if (!Files.exists(file)) {
            throw new InputException(Problem.NOT_FOUND, source, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(Problem.UNREADABLE, source, "not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > DEFAULT_MAX_BYTES) {
                throw new InputException(Problem.UNREADABLE, source, "the file has " + size
                        + " bytes, more than the limit of " + DEFAULT_MAX_BYTES + " bytes for " + what);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.NOT_FOUND, source, "no such file");
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, source, InputException.NO_LINE, "cannot read: "
                    + e.getMessage(), e);
        }
        if (bytes.length == 0 && !emptyAllowed) {
            throw new InputException(Problem.EMPTY, source, what + " is empty");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.MALFORMED, source, lineOfFirstBadByte(bytes, start),
                    "bytes that are not valid UTF-8; was " + what + " written with another encoding or cut?", e);
        }
    }

    /** The 1-based line of the first byte sequence that does not decode, for the error message. */
    private static int lineOfFirstBadByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = start; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Writes {@code content} as UTF-8, creating the file's folder; UNREADABLE names the file when it cannot.
     *
     * @param what the file's name in the message, e.g. {@code "license summary"}
     */
    public static void write(Path file, String content, String what) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, file.toString(), InputException.NO_LINE,
                    "cannot write the " + what + ": " + e.getMessage(), e);
        }
    }
}
