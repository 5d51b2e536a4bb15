package io.deliverygates.security;

/** Which CVSS version a finding's score comes from: v3.x when the NVD has it, else v4.0, else v2. */
public enum ScoreSource {
    CVSS_V3("CVSS v3"),
    CVSS_V2("CVSS v2"),
    CVSS_V4("CVSS v4"),
    NONE("no CVSS score");

    private final String label;

    ScoreSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
