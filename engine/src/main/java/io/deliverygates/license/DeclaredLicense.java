package io.deliverygates.license;

import java.io.Serializable;

/**
 * One license statement of a component as the SBOM has it, before normalization.
 *
 * @param form what the SBOM field was: an SPDX expression, an id, or a name (with or without a URL)
 * @param value the expression, id or name; may be null for a URL-only statement
 * @param url the license URL, or null
 */
public record DeclaredLicense(Form form, String value, String url) implements Serializable {

    /** The SBOM field a statement came from. */
    public enum Form {
        EXPRESSION,
        ID,
        NAME
    }

    public static DeclaredLicense expression(String expression) {
        return new DeclaredLicense(Form.EXPRESSION, expression, null);
    }

    public static DeclaredLicense id(String id, String url) {
        return new DeclaredLicense(Form.ID, id, url);
    }

    public static DeclaredLicense name(String name, String url) {
        return new DeclaredLicense(Form.NAME, name, url);
    }

    /** As the SBOM had it, for reports. */
    public String display() {
        String text = value == null ? "" : value;
        if (url == null || url.isBlank()) {
            return text;
        }
        return text.isEmpty() ? url : text + " <" + url + ">";
    }
}
