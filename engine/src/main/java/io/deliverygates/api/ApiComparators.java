package io.deliverygates.api;

import io.deliverygates.common.InputException;
import java.nio.file.Path;

/** Chooses the comparator for the kind of artifact: given, or told by the new artifact's file name. */
public final class ApiComparators {
    private ApiComparators() {
    }

    /** The kind given, else the one the candidate's file name implies; INVALID_PARAMETER when neither says. */
    public static ApiKind kindOf(ApiKind given, Path candidate, String kindParameter) {
        if (given != null) {
            return given;
        }
        ApiKind kind = ApiKind.ofFileName(candidate.getFileName().toString());
        if (kind == null) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, kindParameter,
                    "cannot tell from '" + candidate.getFileName() + "' whether it is a jar or an OpenAPI document; "
                            + "give the kind (java or openapi)");
        }
        return kind;
    }

    public static ApiComparison compare(ApiKind kind, Path reference, String referenceParameter, Path candidate,
            String candidateParameter) {
        return kind == ApiKind.JAVA
                ? new JarComparator().compare(reference, referenceParameter, candidate, candidateParameter)
                : new OpenApiComparator().compare(reference, referenceParameter, candidate, candidateParameter);
    }
}
