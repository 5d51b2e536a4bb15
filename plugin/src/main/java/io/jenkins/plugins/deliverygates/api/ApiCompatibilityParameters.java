package io.jenkins.plugins.deliverygates.api;

import io.deliverygates.api.ApiAllowEntry;
import io.deliverygates.api.ApiKind;
import io.deliverygates.api.ApiPolicy;
import io.deliverygates.api.Versioning;
import io.deliverygates.common.Criticality;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The step's parameters as they travel to the agent: plain strings, parsed by the engine there, so that a wrong
 * value becomes an InputException naming the parameter.
 *
 * @param newArtifact       the new jar or OpenAPI document, relative to the workspace
 * @param reference         the reference file relative to the workspace, or {@code production}
 * @param environment       the environment whose running artifact is the reference
 * @param referenceArtifact the recorded artifact's name when the deployment recorded several of the kind
 * @param allowNoProduction pass a first release (no successful deployment yet)
 */
record ApiCompatibilityParameters(String newArtifact, String reference, String environment, String referenceArtifact,
        boolean allowNoProduction, String kind, String versioning, String referenceVersion, String newVersion,
        String criticality, List<String> allowList, boolean newOnly) implements Serializable {

    static final String PRODUCTION = "production";

    ApiCompatibilityParameters {
        allowList = List.copyOf(allowList);
    }

    /** The allow list as the form and scripts give it: one entry per line (reasons may contain commas). */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\n\\r]+")).map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    boolean fromProduction() {
        return reference == null || PRODUCTION.equals(reference);
    }

    /** The kind given, or null to tell it from the file name. */
    ApiKind parsedKind() {
        return kind == null ? null : ApiKind.parse("kind", kind);
    }

    ApiPolicy policy() {
        return new ApiPolicy(Versioning.parse("versioning", versioning == null ? "semver" : versioning), newOnly,
                Criticality.parse("criticality", criticality),
                allowList.stream().map(entry -> ApiAllowEntry.parse("allowList", entry)).toList());
    }
}
