package io.deliverygates.security;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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

    public SecurityPolicy {
        if (maxCvss != null && (maxCvss < 0 || maxCvss > 10 || maxCvss.isNaN())) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "maxCvss",
                    "must be between 0.0 and 10.0, not " + maxCvss);
        }
        Objects.requireNonNull(criticality, "criticality");
        denyList = denyList == null ? Set.of()
                : denyList.stream().map(id -> id.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
    }

    /** No thresholds, no lists: reports only. */
    public static SecurityPolicy reportOnly() {
        return new SecurityPolicy(null, null, false, Criticality.FAILURE, Set.of(), List.of());
    }
}
