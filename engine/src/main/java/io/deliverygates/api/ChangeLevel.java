package io.deliverygates.api;

/**
 * A semantic-versioning level, ordered from smallest to largest: the increment an API change requires, or the
 * increment a release makes.
 */
public enum ChangeLevel {
    /** Nothing changed (or the version went down). */
    NONE,
    PATCH,
    MINOR,
    MAJOR;

    public boolean isAbove(ChangeLevel other) {
        return ordinal() > other.ordinal();
    }

    /** japicmp's semver answer ({@code 1.0.0}, {@code 0.1.0}, {@code 0.0.1}, {@code 0.0.0}). */
    static ChangeLevel ofJapicmp(String semver) {
        return switch (semver) {
            case "1.0.0" -> MAJOR;
            case "0.1.0" -> MINOR;
            case "0.0.1" -> PATCH;
            default -> NONE;
        };
    }
}
