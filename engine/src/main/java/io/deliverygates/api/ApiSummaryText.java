package io.deliverygates.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary as the lines a console shows (CLI output, Jenkins build log). */
public final class ApiSummaryText {
    private ApiSummaryText() {
    }

    public static List<String> lines(ApiSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "API compatibility: %s (%s, %d breaking, %d new, %d allowed, "
                + "%d additions; needs %s, versioning %s)", summary.status(), summary.kind().label(), summary.breaking(),
                summary.newBreaking(), summary.allowed(), summary.additions(), summary.requiredLevel(),
                summary.versioning()));
        lines.add("  reference: " + summary.reference() + version(summary.referenceVersion()));
        lines.add("  new:       " + summary.candidate() + version(summary.candidateVersion()));
        summary.violations().forEach(violation -> lines.add("  violated: " + violation));
        summary.expiredAllowEntries().forEach(entry -> lines.add("  expired allow-list entry: " + entry.pattern()
                + " (" + entry.expires() + ") no longer hides anything"));
        for (ApiChange change : summary.top()) {
            lines.add("  " + change.rule() + "  " + change.location() + "  (" + change.impact().label() + ")");
        }
        if (summary.breaking() > summary.top().size()) {
            lines.add("  ... and " + (summary.breaking() - summary.top().size()) + " more in the report");
        }
        return lines;
    }

    private static String version(String version) {
        return version == null ? "" : " (version " + version + ")";
    }
}
