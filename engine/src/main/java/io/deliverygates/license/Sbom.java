package io.deliverygates.license;

import java.io.Serializable;
import java.util.List;

/**
 * An SBOM as the gate needs it.
 *
 * @param source the file it was read from
 * @param specVersion the format's version as the file declares it, e.g. {@code 1.6} or {@code SPDX-2.3}
 * @param components the components the product contains (not the product itself)
 */
public record Sbom(String source, SbomFormat format, String specVersion, List<SbomComponent> components)
        implements Serializable {
    public Sbom {
        components = List.copyOf(components);
    }
}
