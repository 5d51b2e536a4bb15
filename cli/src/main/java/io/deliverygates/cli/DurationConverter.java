package io.deliverygates.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code 90d}, {@code 12h}, {@code 30m}, {@code 45s} or ISO-8601 ({@code P90D}, {@code PT12H}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            switch (text.charAt(text.length() - 1)) {
                case 'd':
                    return Duration.ofDays(amount);
                case 'h':
                    return Duration.ofHours(amount);
                case 'm':
                    return Duration.ofMinutes(amount);
                case 's':
                    return Duration.ofSeconds(amount);
                default:
                    break;
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        throw new CommandLine.TypeConversionException(
                "'" + value + "' is not a duration such as 90d, 12h, 30m, 45s or P90D");
    }
}
