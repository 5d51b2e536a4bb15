package io.deliverygates.security;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the security gate checks.
 *
 * @param maxCvss the highest CVSS score allowed, or null for no limit
 * @param failOnSeverity a finding of this severity or worse violates the gate, or null for no limit
 * @param newOnly if true, the two thresholds above only look at findings new against the reference build
 * @param criticality what a violated threshold does to the build
 * @param denyList ids that always fail the build, even when suppressed or allowed
 * @param allowList accepted ids with an expiry date
 */
public record SecurityPolicy(Double maxCvss, Severity failOnSeverity, boolean newOnly, Criticality criticality,
        Set<String> denyList, List<AllowEntry> allowList) {

    /** A vulnerability id: CVE-2021-44228, GHSA-jfh8-c2jp-5v3q, ...; no spaces, no empty parts. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    public SecurityPolicy {
        requireCvss("maxCvss", maxCvss);
        Objects.requireNonNull(criticality, "criticality");
        denyList = denyList == null ? Set.of()
                : denyList.stream().map(id -> requireId("denyList", id)).collect(Collectors.toUnmodifiableSet());
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
    }

    /** Checks a CVSS limit; {@code parameter} names it as the caller's user knows it (--max-cvss, maxCvss). */
    public static Double requireCvss(String parameter, Double maxCvss) {
        if (maxCvss != null && (maxCvss.isNaN() || maxCvss < 0 || maxCvss > 10)) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "must be between 0.0 and 10.0, not " + maxCvss);
        }
        return maxCvss;
    }

    /** Checks one vulnerability id and returns it trimmed and upper-cased, as findings name it. */
    public static String requireId(String parameter, String id) {
        String trimmed = id == null ? "" : id.trim();
        if (!ID.matcher(trimmed).matches()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + id + "' is not a vulnerability id (such as CVE-2021-44228)");
        }
        return trimmed.toUpperCase(Locale.ROOT);
    }

    /** No thresholds, no lists: reports only. */
    public static SecurityPolicy reportOnly() {
        return new SecurityPolicy(null, null, false, Criticality.FAILURE, Set.of(), List.of());
    }
}
