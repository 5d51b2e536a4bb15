package io.deliverygates.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary as the lines a console shows (CLI output, Jenkins build log). */
public final class SummaryText {
    private SummaryText() {
    }

    public static List<String> lines(ScanSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Security gate: %s (%d dependencies, %d findings, %d new, %d allowed, "
                + "%d suppressed)", summary.status(), summary.dependencies(), summary.totalCount(), summary.newCount(),
                summary.allowed(), summary.suppressed()));
        for (Severity severity : Severity.values()) {
            lines.add(String.format(Locale.ROOT, "  %-8s total %d, new %d", severity, summary.total().get(severity),
                    summary.newFindings().get(severity)));
        }
        summary.violations().forEach(violation -> lines.add("  violated: " + violation));
        summary.expiredAllowEntries().forEach(entry -> lines.add("  expired allow-list entry: " + entry.id()
                + " (" + entry.expires() + ") no longer hides anything"));
        for (Finding finding : summary.top()) {
            lines.add(String.format(Locale.ROOT, "  %-16s %4.1f %-8s %s (%s)", finding.id(), finding.score(),
                    finding.severity(), finding.dependency(), finding.scoreSource().label()));
        }
        return lines;
    }
}
