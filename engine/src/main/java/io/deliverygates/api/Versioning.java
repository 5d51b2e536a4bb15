package io.deliverygates.api;

import io.deliverygates.common.InputException;
import java.util.Locale;

/** Which breaking changes the gate accepts. */
public enum Versioning {
    /**
     * Semantic versioning, as japicmp's semver check: a major release may break, a minor release may add API but not
     * break, a patch release may do neither (below 1.0.0 a minor release counts as major).
     */
    SEMVER,
    /** No breaking change at all, whatever the versions say. */
    STRICT;

    public static Versioning parse(String parameter, String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "unknown versioning '" + text + "' (use semver or strict)");
        }
    }
}
