package io.deliverygates.api;

import io.deliverygates.common.InputException;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;

/** Compares two OpenAPI 3.x documents with openapi-diff and reports breaking changes by {@link OpenApiBreaks}. */
public final class OpenApiComparator {

    public ApiComparison compare(Path reference, String referenceParameter, Path candidate, String candidateParameter) {
        OpenAPI before = OpenApiDocuments.read(reference, ApiInputs.source(referenceParameter, reference));
        OpenAPI after = OpenApiDocuments.read(candidate, ApiInputs.source(candidateParameter, candidate));
        ChangedOpenApi diff;
        try {
            diff = OpenApiCompare.fromSpecifications(before, after);
        } catch (RuntimeException e) {
            throw new InputException(InputException.Problem.MALFORMED, candidate + " / " + reference,
                    InputException.NO_LINE, "openapi-diff cannot compare the documents: " + e.getMessage(), e);
        }
        List<ApiChange> breaking = OpenApiBreaks.of(diff);
        int additions = diff.getNewEndpoints().size() + (int) diff.getChangedOperations().stream()
                .filter(operation -> operation.isChanged() == DiffResult.COMPATIBLE).count();
        return new ApiComparison(ApiKind.OPENAPI, reference.toString(), candidate.toString(), version(before),
                version(after), breaking, additions, level(diff.isChanged()));
    }

    private static String version(OpenAPI api) {
        return api.getInfo() == null ? null : api.getInfo().getVersion();
    }

    private static ChangeLevel level(DiffResult result) {
        return switch (result) {
            case INCOMPATIBLE -> ChangeLevel.MAJOR;
            case COMPATIBLE, UNKNOWN -> ChangeLevel.MINOR;
            case METADATA -> ChangeLevel.PATCH;
            default -> ChangeLevel.NONE;
        };
    }
}
