package io.deliverygates.api;

import java.util.List;

/**
 * What a comparator found between the reference (what runs today) and the candidate (this build).
 *
 * @param kind             Java or OpenAPI
 * @param reference        names the reference (file, or ledger deployment)
 * @param candidate        names the candidate file
 * @param referenceVersion the reference's version as found (jar metadata, {@code info.version}), or null
 * @param candidateVersion the candidate's version as found, or null
 * @param breaking         every breaking change, in {@link ApiChange#ORDER}
 * @param additions        how many API elements were added or changed compatibly
 * @param toolLevel        the level the comparison tool itself asks for (japicmp's semver; from openapi-diff's
 *                         result for OpenAPI), before any allow-listing
 */
public record ApiComparison(ApiKind kind, String reference, String candidate, String referenceVersion,
        String candidateVersion, List<ApiChange> breaking, int additions, ChangeLevel toolLevel) {

    public ApiComparison {
        breaking = breaking.stream().sorted(ApiChange.ORDER).toList();
    }

    /** The same comparison with other versions (given explicitly, or from the ledger). */
    public ApiComparison withVersions(String newReferenceVersion, String newCandidateVersion) {
        return new ApiComparison(kind, reference, candidate,
                newReferenceVersion == null ? referenceVersion : newReferenceVersion,
                newCandidateVersion == null ? candidateVersion : newCandidateVersion, breaking, additions, toolLevel);
    }

    /** The same comparison with the reference named differently (e.g. after the ledger deployment). */
    public ApiComparison withReference(String label) {
        return new ApiComparison(kind, label, candidate, referenceVersion, candidateVersion, breaking, additions,
                toolLevel);
    }
}
