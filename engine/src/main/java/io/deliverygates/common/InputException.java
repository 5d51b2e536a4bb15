package io.deliverygates.common;

import java.util.Objects;

/**
 * Bad input that a user must fix: a missing, empty, malformed, hostile or wrongly formatted file, or a parameter
 * or service that cannot be used. The message always names the file or parameter (and the line where known), so
 * it can be shown to the user as it is, without a stack trace. Unchecked and serializable, so it crosses Jenkins
 * remoting from an agent unchanged.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of problem it is; each has its own CLI exit code. */
    public enum Problem {
        /** A file, folder or glob that matches nothing. */
        NOT_FOUND(4),
        /** A file with no content. */
        EMPTY(5),
        /** A file that is not well-formed in its format (XML, JSON, ...). */
        MALFORMED(6),
        /** A file that tries to read other files, open connections or expand entities. */
        UNSAFE(7),
        /** A well-formed file of another format than the one expected. */
        WRONG_FORMAT(8),
        /** A file or folder that exists but cannot be read or written. */
        UNREADABLE(9),
        /** A service, endpoint or database that is needed but not available. */
        UNAVAILABLE(10),
        /** A parameter with a value that cannot be used. */
        INVALID_PARAMETER(3);

        private final int exitCode;

        Problem(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** Marks an unknown line number. */
    public static final int NO_LINE = -1;

    private final Problem problem;
    private final String source;
    private final int line;

    public InputException(Problem problem, String source, int line, String detail, Throwable cause) {
        super(format(source, line, detail), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
    }

    public InputException(Problem problem, String source, String detail) {
        this(problem, source, NO_LINE, detail, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The file, folder, URL or parameter name the problem is in. */
    public String source() {
        return source;
    }

    /** The line the problem is on, or {@link #NO_LINE}. */
    public int line() {
        return line;
    }

    private static String format(String source, int line, String detail) {
        return line > 0 ? source + ":" + line + ": " + detail : source + ": " + detail;
    }
}
