package io.deliverygates.api;

import io.deliverygates.common.InputException;
import java.util.Locale;

/** What is compared: a Java library (two jars) or an HTTP API (two OpenAPI 3 documents). */
public enum ApiKind {
    JAVA("Java library"),
    OPENAPI("HTTP API (OpenAPI)");

    private final String label;

    ApiKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a file name implies: {@code .jar} is Java, {@code .json/.yaml/.yml} OpenAPI; null otherwise. */
    public static ApiKind ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jar")) {
            return JAVA;
        }
        if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return OPENAPI;
        }
        return null;
    }

    /** Parses {@code java}/{@code openapi} (any case); {@code parameter} names the parameter in errors. */
    public static ApiKind parse(String parameter, String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "unknown kind '" + text + "' (use java or openapi)");
        }
    }
}
