package io.jenkins.plugins.deliverygates.quality;

import hudson.util.FormValidation;
import io.deliverygates.common.InputException;
import java.util.List;

/** Form validation of the conditions text area, shared by the Pipeline and the freestyle step. */
final class ConditionsCheck {
    private ConditionsCheck() {
    }

    /** Only parses the text (no state, no secrets), so it needs no permission. */
    static FormValidation check(String value) {
        List<String> lines = QualityGateParameters.conditionLines(value == null ? List.of() : List.of(value));
        if (lines.isEmpty()) {
            return FormValidation.warning(Messages.ConditionsCheck_NoConditions());
        }
        try {
            new QualityGateParameters(null, null, null, null, lines, null, false).gate();
            return FormValidation.ok();
        } catch (InputException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
