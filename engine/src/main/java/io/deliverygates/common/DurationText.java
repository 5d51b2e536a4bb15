package io.deliverygates.common;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations users type in parameters: a number with a unit ({@code 250ms}, {@code 10s}, {@code 5m},
 * {@code 2h}, {@code 1d}) or ISO-8601 ({@code PT1H30M}). A bare number is rejected: its unit would be a guess.
 */
public final class DurationText {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private DurationText() {
    }

    /**
     * Parses {@code text}; {@code parameter} names the parameter in the error.
     *
     * @throws InputException (INVALID_PARAMETER) for text that is neither form, or a negative duration
     */
    public static Duration parse(String text, String parameter) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT.matcher(trimmed);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            switch (matcher.group(2)) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "s":
                    return Duration.ofSeconds(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                case "h":
                    return Duration.ofHours(amount);
                default:
                    return Duration.ofDays(amount);
            }
        }
        try {
            Duration duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // fall through to the error that shows the accepted forms
        }
        throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                "'" + text + "' is not a duration (use e.g. 250ms, 10s, 5m, 2h, 1d or ISO-8601 PT1H30M)");
    }

    /** The short form of a duration for messages, e.g. {@code 1h30m}, {@code 250ms}. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.toMillisPart() != 0 && duration.getSeconds() == 0) {
            return duration.toMillis() + "ms";
        }
        return duration.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString().substring(2)
                .toLowerCase(Locale.ROOT);
    }
}
