package io.deliverygates.license;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A component of an SBOM with its declared licenses.
 *
 * @param name the component's name (with its group or namespace, e.g. {@code ch.qos.logback:logback-core})
 * @param version its version, or an empty string
 * @param purl its package URL, or an empty string
 * @param licenses its license statements as declared (empty: no license at all)
 */
public record SbomComponent(String name, String version, String purl, List<DeclaredLicense> licenses)
        implements Serializable {

    public SbomComponent {
        Objects.requireNonNull(name, "name");
        version = version == null ? "" : version;
        purl = purl == null ? "" : purl;
        licenses = List.copyOf(licenses);
    }

    /** The component across versions: the package URL without version and qualifiers, else the name. */
    public String identity() {
        if (purl.isEmpty()) {
            return name;
        }
        int end = purl.length();
        for (char separator : new char[] {'?', '#'}) {
            int at = purl.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String base = purl.substring(0, end);
        int version = base.lastIndexOf('@');
        return version > base.lastIndexOf('/') ? base.substring(0, version) : base;
    }

    /** Name and version for people: {@code ch.qos.logback:logback-core 1.2.13}. */
    public String display() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
