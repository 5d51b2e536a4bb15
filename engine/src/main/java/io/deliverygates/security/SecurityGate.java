package io.deliverygates.security;

import io.deliverygates.common.GateStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies a {@link SecurityPolicy} to the findings of a scan. Pure: no I/O, the day is a parameter. */
public final class SecurityGate {
    private final SecurityPolicy policy;

    public SecurityGate(SecurityPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param findings all findings of the scan, suppressed ones included
     * @param dependencies how many dependencies were analysed
     * @param reference the previous build's summary, or null (then every finding is new)
     * @param today the day allow-list expiry is checked against
     */
    public SecurityGateResult evaluate(List<Finding> findings, int dependencies, ScanSummary reference,
            LocalDate today, Instant now) {
        Set<String> allowedIds = policy.allowList().stream().filter(entry -> entry.isActiveOn(today))
                .map(AllowEntry::id).collect(Collectors.toSet());
        List<Finding> sorted = findings.stream().sorted(Finding.WORST_FIRST).toList();
        List<Finding> suppressed = sorted.stream().filter(Finding::suppressed).toList();
        List<Finding> allowed = sorted.stream().filter(f -> !f.suppressed() && allowedIds.contains(upper(f))).toList();
        List<Finding> active = sorted.stream().filter(f -> !f.suppressed() && !allowedIds.contains(upper(f))).toList();
        Set<String> known = reference == null ? Set.of() : reference.findingKeys();
        List<Finding> fresh = active.stream().filter(f -> !known.contains(f.key())).toList();

        List<String> violations = new ArrayList<>();
        GateStatus status = GateStatus.PASSED;
        for (Finding denied : sorted.stream().filter(f -> policy.denyList().contains(upper(f))).toList()) {
            violations.add(denied.id() + " in " + denied.dependency() + " is on the deny list");
            status = GateStatus.FAILED;
        }
        List<Finding> considered = policy.newOnly() ? fresh : active;
        String scope = policy.newOnly() ? "new " : "";
        Optional<Finding> worst = considered.stream().findFirst();
        if (policy.maxCvss() != null && worst.isPresent() && worst.get().score() > policy.maxCvss()) {
            Finding finding = worst.get();
            violations.add(String.format(java.util.Locale.ROOT, "%sfinding %s in %s has %s %.1f, above the maximum %s",
                    scope, finding.id(), finding.dependency(), finding.scoreSource().label(), finding.score(),
                    asGiven(policy.maxCvss())));
            status = status.worse(policy.criticality().statusWhenViolated());
        }
        // a vulnerability without any score cannot be shown to be at or below the maximum: it violates it too
        List<Finding> unscored = considered.stream().filter(f -> f.scoreSource() == ScoreSource.NONE).toList();
        if (policy.maxCvss() != null && !unscored.isEmpty()) {
            violations.add(String.format(java.util.Locale.ROOT,
                    "%d %sfinding(s) without a CVSS score (first: %s in %s), so not shown to be at most the maximum %s",
                    unscored.size(), scope, unscored.get(0).id(), unscored.get(0).dependency(),
                    asGiven(policy.maxCvss())));
            status = status.worse(policy.criticality().statusWhenViolated());
        }
        if (policy.failOnSeverity() != null) {
            long count = considered.stream().filter(f -> f.severity().isAtLeast(policy.failOnSeverity())).count();
            if (count > 0) {
                violations.add(count + " " + scope + "finding(s) of severity " + policy.failOnSeverity() + " or worse");
                status = status.worse(policy.criticality().statusWhenViolated());
            }
        }
        List<AllowEntry> expired = policy.allowList().stream().filter(entry -> !entry.isActiveOn(today)).toList();
        Finding top = active.isEmpty() ? null : active.get(0);
        ScanSummary summary = new ScanSummary(now, status, dependencies, countBySeverity(active),
                countBySeverity(fresh), top == null ? 0 : top.score(), top == null ? ScoreSource.NONE : top.scoreSource(),
                suppressed.size(), allowed.size(), expired, violations,
                active.stream().limit(ScanSummary.TOP_FINDINGS).toList(),
                active.stream().map(Finding::key).collect(Collectors.toSet()));
        return new SecurityGateResult(summary, active, fresh, allowed, suppressed);
    }

    /** Ids are compared ignoring case: lists are upper-cased, and GHSA ids come lower-case from dependency-check. */
    private static String upper(Finding finding) {
        return finding.id().toUpperCase(java.util.Locale.ROOT);
    }

    /** The limit as the user wrote it (9.75 stays 9.75, 9 shows as 9.0), never rounded to look like the score. */
    static String asGiven(double limit) {
        BigDecimal exact = BigDecimal.valueOf(limit).stripTrailingZeros();
        return (exact.scale() < 1 ? exact.setScale(1) : exact).toPlainString();
    }

    private static Map<Severity, Integer> countBySeverity(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }
}
