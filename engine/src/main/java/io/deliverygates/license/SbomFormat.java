package io.deliverygates.license;

/** The SBOM formats the license gate reads. */
public enum SbomFormat {
    CYCLONEDX_JSON("CycloneDX JSON"),
    CYCLONEDX_XML("CycloneDX XML"),
    SPDX_JSON("SPDX JSON");

    private final String label;

    SbomFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
