package io.deliverygates.api;

/** Whom a breaking change breaks. */
public enum Impact {
    /** Compiled callers fail at run time and sources no longer compile. */
    BINARY_AND_SOURCE("binary and source"),
    /** Compiled callers fail at run time (e.g. linkage errors); sources still compile. */
    BINARY("binary"),
    /** Sources no longer compile; compiled callers keep working. */
    SOURCE("source"),
    /** HTTP clients built against the reference document fail. */
    CLIENTS("HTTP clients");

    private final String label;

    Impact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The impact of a Java change; null when it breaks neither. */
    public static Impact ofJava(boolean binaryCompatible, boolean sourceCompatible) {
        if (!binaryCompatible && !sourceCompatible) {
            return BINARY_AND_SOURCE;
        }
        if (!binaryCompatible) {
            return BINARY;
        }
        return sourceCompatible ? null : SOURCE;
    }
}
