package io.deliverygates.api;

import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies an {@link ApiPolicy} to a comparison. Pure: no I/O, the day is a parameter. */
public final class ApiGate {
    private final ApiPolicy policy;

    public ApiGate(ApiPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param reference the reference build's summary for "new only", or null (then every break is new)
     * @throws InputException (INVALID_PARAMETER) under {@link Versioning#SEMVER} when a version is unknown
     */
    public ApiGateResult evaluate(ApiComparison comparison, ApiSummary reference, LocalDate today, Instant now) {
        List<ApiAllowEntry> activeEntries = policy.allowList().stream().filter(e -> e.isActiveOn(today)).toList();
        List<ApiChange> allowed = new ArrayList<>();
        List<ApiChange> active = new ArrayList<>();
        Map<String, ApiAllowEntry> allowedBy = new HashMap<>();
        for (ApiChange change : comparison.breaking()) {
            Optional<ApiAllowEntry> entry = activeEntries.stream().filter(e -> e.matches(change)).findFirst();
            if (entry.isPresent()) {
                allowed.add(change);
                allowedBy.put(change.key(), entry.get());
            } else {
                active.add(change);
            }
        }
        Set<String> known = reference == null ? Set.of() : reference.changeKeys();
        List<ApiChange> fresh = active.stream().filter(change -> !known.contains(change.key())).toList();
        List<ApiChange> considered = policy.newOnly() ? fresh : active;
        String scope = policy.newOnly() ? "new " : "";

        ChangeLevel required = requiredLevel(comparison, considered);
        ChangeLevel release = null;
        List<String> violations = new ArrayList<>();
        if (policy.versioning() == Versioning.SEMVER) {
            SemanticVersion from = version(comparison.referenceVersion(), "reference version");
            SemanticVersion to = version(comparison.candidateVersion(), "new version");
            release = from.releaseTo(to);
            String step = comparison.referenceVersion() + " -> " + comparison.candidateVersion() + " is "
                    + describe(release);
            if (required == ChangeLevel.MAJOR && release != ChangeLevel.MAJOR) {
                violations.add(considered.size() + " " + scope + "breaking change(s) need a major release, but " + step);
            } else if (required == ChangeLevel.MINOR && release.ordinal() < ChangeLevel.MINOR.ordinal()) {
                violations.add("added API (" + comparison.additions() + " addition(s)) needs a minor release, but "
                        + step);
            }
        } else if (!considered.isEmpty()) {
            violations.add(considered.size() + " " + scope + "breaking change(s); versioning STRICT allows none");
        }
        GateStatus status = violations.isEmpty() ? GateStatus.PASSED : policy.criticality().statusWhenViolated();
        List<ApiAllowEntry> expired = policy.allowList().stream().filter(e -> !e.isActiveOn(today)).toList();
        ApiSummary summary = new ApiSummary(now, status, comparison.kind(), comparison.reference(),
                comparison.candidate(), comparison.referenceVersion(), comparison.candidateVersion(),
                policy.versioning(), required, release, active.size(), fresh.size(), allowed.size(),
                comparison.additions(), expired, violations, active.stream().limit(ApiSummary.TOP_CHANGES).toList(),
                active.stream().map(ApiChange::key).collect(Collectors.toSet()));
        return new ApiGateResult(summary, active, fresh, allowed, allowedBy);
    }

    /** MAJOR for a counted break; otherwise what the tool asks for, at most MINOR (allowed breaks add API). */
    private static ChangeLevel requiredLevel(ApiComparison comparison, List<ApiChange> considered) {
        if (!considered.isEmpty()) {
            return ChangeLevel.MAJOR;
        }
        ChangeLevel level = comparison.toolLevel() == ChangeLevel.MAJOR ? ChangeLevel.MINOR : comparison.toolLevel();
        return comparison.additions() > 0 && ChangeLevel.MINOR.isAbove(level) ? ChangeLevel.MINOR : level;
    }

    private static SemanticVersion version(String text, String name) {
        return SemanticVersion.parse(text).orElseThrow(() -> new InputException(
                InputException.Problem.INVALID_PARAMETER, name, (text == null ? "unknown" : "'" + text + "' is not "
                        + "a version") + "; give the version explicitly, or use versioning STRICT"));
    }

    private static String describe(ChangeLevel release) {
        return release == ChangeLevel.NONE ? "no version increase" : "a " + release.name().toLowerCase(Locale.ROOT)
                + " release";
    }
}
