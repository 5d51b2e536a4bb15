package io.deliverygates.api;

import io.deliverygates.common.InputException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accepted breaking change: a change whose location (or {@code RULE location} key) matches {@code pattern}
 * ({@code *} matches any text) does not count until {@code expires} (inclusive). After that it counts again and
 * the entry is reported as expired, as in the security gate's allow list. A reason is required: an acceptance must
 * say why.
 */
public record ApiAllowEntry(String pattern, LocalDate expires, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern TEXT = Pattern.compile("^(.+?)=(\\d{4}-\\d{2}-\\d{2})(?::(.*))?$");

    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    public boolean matches(ApiChange change) {
        Pattern glob = glob();
        return glob.matcher(change.location()).matches() || glob.matcher(change.key()).matches();
    }

    private Pattern glob() {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    /** Parses {@code LOCATION=YYYY-MM-DD:reason}; {@code parameter} names the parameter in errors (exit 3). */
    public static ApiAllowEntry parse(String parameter, String text) {
        return parse(InputException.Problem.INVALID_PARAMETER, parameter, text);
    }

    /**
     * Parses {@code LOCATION=YYYY-MM-DD:reason}; {@code source} names the parameter or file:line in errors, which
     * are {@code problem}s: a usage error on the command line, malformed input in an allow file.
     */
    public static ApiAllowEntry parse(InputException.Problem problem, String source, String text) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InputException(problem, source, "'" + shown(text)
                    + "' is not LOCATION=YYYY-MM-DD:REASON (an accepted break needs an expiry and a reason)");
        }
        String reason = matcher.group(3) == null ? "" : matcher.group(3).trim();
        if (reason.isEmpty()) {
            throw new InputException(problem, source,
                    "'" + shown(text) + "' gives no reason after the date (LOCATION=YYYY-MM-DD:REASON)");
        }
        try {
            return new ApiAllowEntry(matcher.group(1).trim(), LocalDate.parse(matcher.group(2)), reason);
        } catch (DateTimeParseException e) {
            throw new InputException(problem, source, "'" + shown(text) + "' has no valid expiry date (YYYY-MM-DD)");
        }
    }

    /** The text as an error shows it: at most 120 characters, control characters escaped, so it stays one line. */
    private static String shown(String text) {
        String cut = text.length() > 120 ? text.substring(0, 120) + "... (" + text.length() + " characters)" : text;
        StringBuilder shown = new StringBuilder();
        cut.chars().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return shown.toString();
    }
}
