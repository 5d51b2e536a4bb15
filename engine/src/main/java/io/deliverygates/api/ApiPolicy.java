package io.deliverygates.api;

import io.deliverygates.common.Criticality;
import java.util.List;
import java.util.Objects;

/**
 * What the API compatibility gate checks.
 *
 * @param versioning  {@link Versioning#SEMVER} (breaks only with a major release) or {@link Versioning#STRICT}
 * @param newOnly     if true, only breaking changes that the reference build did not already report count
 * @param criticality what a violation does to the build
 * @param allowList   accepted breaks with a reason and an expiry date
 */
public record ApiPolicy(Versioning versioning, boolean newOnly, Criticality criticality,
        List<ApiAllowEntry> allowList) {

    public ApiPolicy {
        Objects.requireNonNull(versioning, "versioning");
        Objects.requireNonNull(criticality, "criticality");
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
    }
}
