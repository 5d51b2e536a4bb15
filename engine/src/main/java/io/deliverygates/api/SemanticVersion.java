package io.deliverygates.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric part of a version, read leniently: {@code 2.3.1}, {@code 2.3}, {@code v2}, {@code 2.4.0-SNAPSHOT}
 * (qualifiers are ignored; missing parts are 0).
 */
public record SemanticVersion(int major, int minor, int patch) {
    private static final Pattern NUMBERS = Pattern.compile("^[vV]?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?");

    public static Optional<SemanticVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = NUMBERS.matcher(text.trim());
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(Integer.parseInt(matcher.group(1)), number(matcher.group(2)),
                number(matcher.group(3))));
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    /**
     * How big a release going from {@code this} to {@code next} is. Below 1.0.0 a minor increment counts as major
     * (semver: "anything MAY change at any time" in 0.y.z; japicmp's Maven plugin offers the same choice).
     */
    public ChangeLevel releaseTo(SemanticVersion next) {
        if (next.major != major) {
            return next.major > major ? ChangeLevel.MAJOR : ChangeLevel.NONE;
        }
        if (next.minor != minor) {
            if (next.minor < minor) {
                return ChangeLevel.NONE;
            }
            return major == 0 ? ChangeLevel.MAJOR : ChangeLevel.MINOR;
        }
        return next.patch > patch ? ChangeLevel.PATCH : ChangeLevel.NONE;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
