package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.util.Locale;

/** Severity of a finding, from the CVSS score that was used (see {@link ScoreSource}); worst first. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    /**
     * No CVSS score at all (some sources only give a text severity). The lowest: as a threshold it means "any
     * finding", scored or not.
     */
    UNSCORED;

    /** CVSS v3 qualitative rating scale. */
    public static Severity ofCvssV3(double score) {
        if (score >= 9.0) {
            return CRITICAL;
        }
        if (score >= 7.0) {
            return HIGH;
        }
        return score >= 4.0 ? MEDIUM : LOW;
    }

    /** CVSS v2 has no CRITICAL: 7.0-10.0 is HIGH. */
    public static Severity ofCvssV2(double score) {
        if (score >= 7.0) {
            return HIGH;
        }
        return score >= 4.0 ? MEDIUM : LOW;
    }

    /** True if this severity is the given one or worse. */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses a user-supplied name, case-insensitive. */
    public static Severity parse(String parameter, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "unknown severity '" + value + "' (use CRITICAL, HIGH, MEDIUM, LOW or UNSCORED)");
        }
    }
}
