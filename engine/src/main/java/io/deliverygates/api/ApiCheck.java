package io.deliverygates.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * One run of the API compatibility gate, as the CLI and the Jenkins step make it: compare, then evaluate.
 *
 * @param kind               Java or OpenAPI; null to tell from the candidate's file name
 * @param candidate          the new jar or document
 * @param reference          the reference jar or document (a file given, or the ledger's stored copy)
 * @param referenceLabel     how reports name the reference (null: its path)
 * @param referenceVersion   overrides the version found in the reference (null: keep what was found)
 * @param candidateVersion   overrides the version found in the candidate (null: keep what was found)
 * @param candidateParameter names the candidate's parameter in errors
 * @param referenceParameter names the reference's parameter in errors
 */
public record ApiCheck(ApiKind kind, Path candidate, Path reference, String referenceLabel, String referenceVersion,
        String candidateVersion, String candidateParameter, String referenceParameter) {

    /** Compares and evaluates; {@code previous} is the reference build's summary for "new only", or null. */
    public ApiGateResult run(ApiPolicy policy, ApiSummary previous, Clock clock) {
        ApiKind actualKind = ApiComparators.kindOf(kind, candidate, "kind");
        ApiComparison comparison = ApiComparators.compare(actualKind, reference, referenceParameter, candidate,
                candidateParameter).withVersions(referenceVersion, candidateVersion);
        if (referenceLabel != null) {
            comparison = comparison.withReference(referenceLabel);
        }
        return new ApiGate(policy).evaluate(comparison, previous, LocalDate.now(clock), clock.instant());
    }
}
