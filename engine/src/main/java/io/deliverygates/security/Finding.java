package io.deliverygates.security;

import java.util.Comparator;
import java.util.Objects;

/**
 * One vulnerability found in one dependency.
 *
 * @param id the vulnerability id (CVE-..., or another source's id)
 * @param dependency the file name of the dependency it was found in
 * @param packageId the package URL of the dependency when known, else empty
 * @param score the CVSS base score from {@code scoreSource}, 0 when {@link ScoreSource#NONE}
 * @param scoreSource the CVSS version the score comes from
 * @param severity the severity derived from that score
 * @param vector the CVSS vector string, empty when unknown
 * @param suppressed true if a dependency-check suppression file hides it
 */
public record Finding(String id, String dependency, String packageId, double score, ScoreSource scoreSource,
        Severity severity, String vector, boolean suppressed) {

    /** Worst first: by score, then id, then dependency, so reports are stable. */
    public static final Comparator<Finding> WORST_FIRST = Comparator.comparingDouble(Finding::score).reversed()
            .thenComparing(Finding::id).thenComparing(Finding::dependency);

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dependency, "dependency");
        packageId = packageId == null ? "" : packageId;
        vector = vector == null ? "" : vector;
    }

    /** The identity used to tell new findings from known ones across builds. */
    public String key() {
        return id + "@" + dependency;
    }
}
