package io.deliverygates.license;

import java.io.Serializable;
import java.util.List;

/**
 * A component's licenses as one SPDX expression, with notes on how it was derived (names mapped, deprecated ids
 * replaced, text that stayed unknown).
 *
 * @param expression the expression, or null when the component declares no license at all
 */
public record ResolvedLicense(LicenseExpression expression, List<String> notes) implements Serializable {
    public ResolvedLicense {
        notes = List.copyOf(notes);
    }

    public boolean isNone() {
        return expression == null;
    }

    /** The expression's text, or {@code NONE}. */
    public String text() {
        return expression == null ? "NONE" : expression.text();
    }
}
