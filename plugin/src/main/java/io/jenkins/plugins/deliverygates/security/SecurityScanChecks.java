package io.jenkins.plugins.deliverygates.security;

import hudson.Util;
import hudson.util.FormValidation;
import io.deliverygates.common.InputException;
import io.deliverygates.security.AllowEntry;
import io.deliverygates.security.Severity;

/** The form checks shared by the Pipeline step's and the freestyle builder's descriptors: the engine's own parsing. */
final class SecurityScanChecks {
    private SecurityScanChecks() {
    }

    static FormValidation failOnSeverity(String value) {
        return check(() -> {
            if (Util.fixEmptyAndTrim(value) != null) {
                Severity.parse("failOnSeverity", value);
            }
        });
    }

    static FormValidation allowList(String value) {
        return check(() -> SecurityScanParameters.values(value).forEach(entry -> AllowEntry.parse("allowList", entry)));
    }

    private static FormValidation check(Runnable validation) {
        try {
            validation.run();
            return FormValidation.ok();
        } catch (InputException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
