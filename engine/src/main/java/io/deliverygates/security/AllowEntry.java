package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An accepted vulnerability: it does not count for the gate until {@code expires} (inclusive). After that it
 * counts again and is reported as expired, so an acceptance cannot silently outlive its review date.
 */
public record AllowEntry(String id, LocalDate expires) {

    /** True on and before the expiry date. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    /** Parses {@code CVE-2021-44228=2026-12-31} (an id, '=', an ISO date). */
    public static AllowEntry parse(String parameter, String text) {
        int separator = text.indexOf('=');
        if (separator <= 0 || separator == text.length() - 1) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + text + "' is not ID=YYYY-MM-DD (an allow-list entry needs an expiry date)");
        }
        try {
            return new AllowEntry(SecurityPolicy.requireId(parameter, text.substring(0, separator)),
                    LocalDate.parse(text.substring(separator + 1).trim()));
        } catch (DateTimeParseException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + text + "' has no valid expiry date (YYYY-MM-DD)");
        }
    }
}
