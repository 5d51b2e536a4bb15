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

    /** Parses {@code LOCATION=YYYY-MM-DD:reason}; {@code parameter} names the parameter (or file:line) in errors. */
    public static ApiAllowEntry parse(String parameter, String text) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + text + "' is not LOCATION=YYYY-MM-DD:REASON (an accepted break needs an expiry and a reason)");
        }
        String reason = matcher.group(3) == null ? "" : matcher.group(3).trim();
        if (reason.isEmpty()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + text + "' gives no reason after the date (LOCATION=YYYY-MM-DD:REASON)");
        }
        try {
            return new ApiAllowEntry(matcher.group(1).trim(), LocalDate.parse(matcher.group(2)), reason);
        } catch (DateTimeParseException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + text + "' has no valid expiry date (YYYY-MM-DD)");
        }
    }
}
