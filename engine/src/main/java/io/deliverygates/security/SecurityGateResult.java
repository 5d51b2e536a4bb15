package io.deliverygates.security;

import java.util.List;

/**
 * The gate's verdict with the findings behind it.
 *
 * @param summary the compact summary (verdict, counts, top findings) that is stored with the build
 * @param active findings that count: not suppressed and not allowed, worst first
 * @param newFindings the active findings that the reference build did not have
 * @param allowed findings hidden by an unexpired allow-list entry
 * @param suppressed findings hidden by a suppression file
 */
public record SecurityGateResult(ScanSummary summary, List<Finding> active, List<Finding> newFindings,
        List<Finding> allowed, List<Finding> suppressed) {

    public SecurityGateResult {
        active = List.copyOf(active);
        newFindings = List.copyOf(newFindings);
        allowed = List.copyOf(allowed);
        suppressed = List.copyOf(suppressed);
    }
}
