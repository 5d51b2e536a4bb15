package io.deliverygates.security;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scan found, before any gate.
 *
 * @param findings all findings, suppressed ones included (flagged)
 * @param dependencies how many dependencies were analysed
 * @param reports the dependency-check reports written
 * @param warnings non-fatal problems dependency-check reported (an analyzer that could not run, ...)
 * @param waitedForDatabase true if the scan had to wait for an update or another database's scan
 */
public record ScanOutcome(List<Finding> findings, int dependencies, List<Path> reports, List<String> warnings,
        boolean waitedForDatabase) {

    public ScanOutcome {
        findings = List.copyOf(findings);
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }
}
