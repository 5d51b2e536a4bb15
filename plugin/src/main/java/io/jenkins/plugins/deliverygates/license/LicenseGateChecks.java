package io.jenkins.plugins.deliverygates.license;

import hudson.util.FormValidation;
import io.deliverygates.common.InputException;
import io.deliverygates.license.ComponentException;
import io.deliverygates.license.LicensePolicy;

/** The form checks shared by the Pipeline step's and the freestyle builder's descriptors: the engine's own parsing. */
final class LicenseGateChecks {
    private LicenseGateChecks() {
    }

    static FormValidation licenses(String parameter, String value) {
        return check(() -> LicensePolicy.licenses(parameter, LicenseGateParameters.values(value)));
    }

    static FormValidation categoryRules(String value) {
        return check(() -> LicensePolicy.categoryRules("categoryRules", LicenseGateParameters.values(value)));
    }

    static FormValidation licenseCategories(String value) {
        return check(() -> LicensePolicy.licenseCategories("licenseCategories", LicenseGateParameters.values(value)));
    }

    static FormValidation exceptions(String value) {
        return check(() -> LicenseGateParameters.lines(value).forEach(e -> ComponentException.parse("exceptions", e)));
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
