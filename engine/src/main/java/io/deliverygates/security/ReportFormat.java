package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** dependency-check's own report formats that we write next to our summary. */
public enum ReportFormat {
    HTML("dependency-check-report.html"),
    JSON("dependency-check-report.json"),
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF("dependency-check-report.sarif");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Parses a comma-separated list such as {@code html,json,sarif}. */
    public static Set<ReportFormat> parseList(String parameter, String text) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String name : text.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                formats.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                        "unknown report format '" + name.trim() + "' (use html, json, sarif)");
            }
        }
        if (formats.isEmpty()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "names no report format (use html, json, sarif, or a list of them)");
        }
        return formats;
    }
}
