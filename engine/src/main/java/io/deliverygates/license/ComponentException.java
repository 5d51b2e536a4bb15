package io.deliverygates.license;

import io.deliverygates.common.InputException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A component accepted whatever its license, until {@code expires} (inclusive), for a recorded reason (e.g. a legal
 * review). After that it counts again and is reported as expired, so an approval cannot silently outlive its review.
 *
 * @param component a package URL (without version: every version; with version: only that one) or a name as the
 *        reports show it (e.g. {@code com.mysql:mysql-connector-j})
 */
public record ComponentException(String component, LocalDate expires, String reason) implements Serializable {
    private static final Pattern FORM = Pattern.compile("(.+?)=(\\d{4}-\\d{2}-\\d{2}):(.*)");

    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    public boolean matches(SbomComponent candidate) {
        if (component.startsWith("pkg:")) {
            SbomComponent pattern = new SbomComponent(component, "", component, java.util.List.of());
            if (!pattern.identity().equals(candidate.identity())) {
                return false;
            }
            String base = component.split("[?#]", 2)[0];
            int at = base.lastIndexOf('@');
            return at <= base.lastIndexOf('/') || candidate.purl().split("[?#]", 2)[0].equals(base);
        }
        return component.equals(candidate.name()) || component.equals(candidate.name() + "@" + candidate.version());
    }

    /** Parses {@code COMPONENT=YYYY-MM-DD:REASON}; the reason is required. */
    public static ComponentException parse(String parameter, String text) {
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches() || matcher.group(3).isBlank()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter, "'" + text
                    + "' is not COMPONENT=YYYY-MM-DD:REASON (an exception needs an expiry date and a reason)");
        }
        try {
            return new ComponentException(matcher.group(1).trim(), LocalDate.parse(matcher.group(2)),
                    matcher.group(3).trim());
        } catch (DateTimeParseException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + matcher.group(2) + "' is not a date (YYYY-MM-DD)");
        }
    }
}
