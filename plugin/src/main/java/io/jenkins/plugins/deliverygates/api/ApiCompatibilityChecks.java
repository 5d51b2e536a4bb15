package io.jenkins.plugins.deliverygates.api;

import hudson.util.FormValidation;
import io.deliverygates.api.ApiAllowEntry;
import io.deliverygates.common.InputException;
import java.nio.file.Path;
import jenkins.model.Jenkins;

/** Form checks shared by the step's and the builder's descriptors; they only parse text (no files are read). */
final class ApiCompatibilityChecks {
    private ApiCompatibilityChecks() {
    }

    static FormValidation allowList(String value) {
        Jenkins.get().checkPermission(Jenkins.READ);
        try {
            ApiCompatibilityParameters.lines(value).forEach(line -> ApiAllowEntry.parse("allowList", line));
            return FormValidation.ok();
        } catch (InputException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static FormValidation newArtifact(String value) {
        Jenkins.get().checkPermission(Jenkins.READ);
        if (value == null || value.isBlank()) {
            return FormValidation.error(Messages.ApiCompatibilityChecks_NewArtifactRequired());
        }
        if (Path.of(value.trim()).isAbsolute() || value.contains("..")) {
            return FormValidation.error(Messages.ApiCompatibilityChecks_InsideWorkspace());
        }
        return FormValidation.ok();
    }
}
