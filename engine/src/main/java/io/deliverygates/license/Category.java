package io.deliverygates.license;

import io.deliverygates.common.InputException;
import java.util.Locale;

/** How much a license asks of software that uses it, from least to most; policies set a rule per category. */
public enum Category {
    /** Notice and attribution only (MIT, Apache-2.0, BSD, ...). */
    PERMISSIVE,
    /** Copyleft for the licensed files or library only (LGPL, MPL, EPL, CDDL, ...). */
    WEAK_COPYLEFT,
    /** Copyleft for the whole distributed work (GPL, ...). */
    STRONG_COPYLEFT,
    /** Copyleft that reaches users over a network (AGPL, SSPL, ...). */
    NETWORK_COPYLEFT,
    /** Not open source: non-commercial, source-available, commercial (BUSL, Elastic, CC-BY-NC, ...). */
    PROPRIETARY,
    /** Not in the built-in table or the policy: an unmapped name, an unlisted id, a LicenseRef. */
    UNKNOWN;

    /** The name as users type it: {@code weak-copyleft}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code weak-copyleft}, {@code WEAK_COPYLEFT}, ... ; {@code parameter} names the parameter in errors. */
    public static Category parse(String parameter, String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Category category : values()) {
            if (category.name().equals(key)) {
                return category;
            }
        }
        throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter, "unknown license category '"
                + text + "' (use permissive, weak-copyleft, strong-copyleft, network-copyleft, proprietary, unknown)");
    }
}
