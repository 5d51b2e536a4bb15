package io.deliverygates.common;

/** What a violated condition does to the build: mark it unstable, or fail it. */
public enum Criticality {
    UNSTABLE(GateStatus.UNSTABLE),
    FAILURE(GateStatus.FAILED);

    private final GateStatus statusWhenViolated;

    Criticality(GateStatus statusWhenViolated) {
        this.statusWhenViolated = statusWhenViolated;
    }

    public GateStatus statusWhenViolated() {
        return statusWhenViolated;
    }

    /**
     * Parses {@code UNSTABLE} or {@code FAILURE} (any case, blanks around); {@code parameter} names it in errors.
     *
     * @throws InputException (INVALID_PARAMETER) for anything else, null included
     */
    public static Criticality parse(String parameter, String text) {
        if (text == null) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "is missing; give UNSTABLE or FAILURE");
        }
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + text + "' is not UNSTABLE or FAILURE");
        }
    }
}
