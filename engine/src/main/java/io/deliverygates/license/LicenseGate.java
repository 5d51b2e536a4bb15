package io.deliverygates.license;

import io.deliverygates.common.GateStatus;
import io.deliverygates.license.ComponentVerdict.Rule;
import io.deliverygates.license.LicenseExpression.All;
import io.deliverygates.license.LicenseExpression.AnyOf;
import io.deliverygates.license.LicenseExpression.Kind;
import io.deliverygates.license.LicenseExpression.Single;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a {@link LicensePolicy} to the components of one or more SBOMs. Pure: no I/O, the day is a parameter.
 * <p>
 * A single license is decided by, in order: the allow or deny list naming it exactly (with its exception), the
 * lists naming its id without the exception, then the rule of its category. {@code OR} takes the best choice,
 * {@code AND} the worst part. An unexpired component exception accepts the component whatever its license.
 * Each distinct declaration is resolved and decided once: large SBOMs repeat a few licenses many times.
 */
public final class LicenseGate {
    /** How many violation lines the summary keeps. */
    public static final int MAX_VIOLATION_LINES = 100;

    private final LicensePolicy policy;
    private final LicenseNormalizer normalizer;
    private final LicenseTables tables = LicenseTables.get();

    public LicenseGate(LicensePolicy policy) {
        this(policy, new LicenseNormalizer());
    }

    LicenseGate(LicensePolicy policy, LicenseNormalizer normalizer) {
        this.policy = policy;
        this.normalizer = normalizer;
    }

    /**
     * @param reference the reference build's summary for "new", or null (then every component is new)
     * @param today the day exception expiry is checked against
     * @param now the summary's time
     */
    public LicenseGateResult evaluate(List<Sbom> sboms, LicenseSummary reference, LocalDate today, Instant now) {
        Map<List<DeclaredLicense>, ResolvedLicense> resolved = new HashMap<>();
        Map<LicenseExpression, Decision> decided = new HashMap<>();
        Set<Seen> seen = new HashSet<>();
        Set<String> knownKeys = reference == null ? Set.of() : reference.componentKeys();
        Set<ComponentException> expiredUsed = new LinkedHashSet<>();
        List<ComponentVerdict> verdicts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Sbom sbom : sboms) {
            for (SbomComponent component : sbom.components()) {
                if (!seen.add(new Seen(component.identity(), component.version(), component.licenses()))) {
                    continue; // the same component in two SBOMs (or twice in one) is one verdict
                }
                ResolvedLicense license = resolved.computeIfAbsent(component.licenses(),
                        declared -> normalizer.resolve(declared, policy.combination()));
                String key = component.identity() + "|" + license.text();
                keys.add(key);
                boolean isNew = !knownKeys.contains(key);
                Decision decision = license.isNone() ? noLicense()
                        : decided.computeIfAbsent(license.expression(), this::decide);
                decision = applyExceptions(component, decision, today, expiredUsed);
                boolean counted = decision.rule() == Rule.DENY_LIST || !policy.newOnly() || isNew;
                verdicts.add(new ComponentVerdict(component.name(), component.version(), component.purl(),
                        component.licenses().stream().map(DeclaredLicense::display).toList(), license.text(),
                        decision.category(), decision.license(), decision.status(), decision.rule(),
                        decision.reason(), isNew, counted, license.notes()));
            }
        }
        verdicts.sort(Comparator.comparing(ComponentVerdict::status).reversed()
                .thenComparing(ComponentVerdict::name).thenComparing(ComponentVerdict::version));
        return new LicenseGateResult(summarize(sboms, verdicts, keys, expiredUsed, reference != null, now), verdicts);
    }

    private Decision applyExceptions(SbomComponent component, Decision decision, LocalDate today,
            Set<ComponentException> expiredUsed) {
        Optional<ComponentException> match = policy.exceptions().stream().filter(e -> e.matches(component))
                .max(Comparator.comparing(ComponentException::expires));
        if (match.isEmpty()) {
            return decision;
        }
        ComponentException exception = match.get();
        if (!exception.isActiveOn(today)) {
            expiredUsed.add(exception);
            return decision.withReason(decision.reason() + " (its exception expired on " + exception.expires() + ")");
        }
        if (decision.status() == GateStatus.PASSED) {
            return decision;
        }
        return new Decision(GateStatus.PASSED, decision.category(), decision.license(), Rule.EXCEPTION,
                "accepted until " + exception.expires() + ": " + exception.reason() + " (else: " + decision.reason()
                        + ")");
    }

    private Decision noLicense() {
        RuleAction action = policy.noLicense();
        return new Decision(action.status(), null, null, Rule.NO_LICENSE, "declares no license"
                + (action == RuleAction.ALLOW ? " (allowed)" : ": " + action.name().toLowerCase(java.util.Locale.ROOT)));
    }

    Decision decide(LicenseExpression expression) {
        if (expression instanceof AnyOf any) {
            return any.choices().stream().map(this::decide)
                    .min(Comparator.comparing(Decision::status).thenComparing(Decision::categoryOrder))
                    .map(best -> any.choices().size() > 1 ? best.withReason("choosing " + best.license() + ": "
                            + best.reason()) : best)
                    .orElseThrow();
        }
        if (expression instanceof All all) {
            return all.parts().stream().map(this::decide)
                    .max(Comparator.comparing(Decision::status).thenComparing(Decision::categoryOrder))
                    .orElseThrow();
        }
        return decideSingle((Single) expression);
    }

    private Decision decideSingle(Single single) {
        String full = single.text();
        String base = single.exception() == null ? null : new Single(single.id(), null, single.kind()).text();
        Category category = category(single, full, base);
        if (policy.deny().contains(full)) {
            return denied(full, category, full);
        }
        if (policy.allow().contains(full)) {
            return allowed(full, category, full);
        }
        if (base != null && policy.deny().contains(base)) {
            return denied(full, category, base);
        }
        if (base != null && policy.allow().contains(base)) {
            return allowed(full, category, base);
        }
        RuleAction action = policy.categories().get(category);
        String why = single.kind() == Kind.UNKNOWN ? full + " is not a known license"
                : single.kind() == Kind.REFERENCE && !policy.licenseCategories().containsKey(full)
                        ? full + " is a custom license (LicenseRef) without a category"
                        : full + " is " + category.label();
        return new Decision(action.status(), category, full, Rule.CATEGORY, action == RuleAction.ALLOW
                ? why + ", allowed" : why + ": " + category.label() + " is " + action.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Decision denied(String license, Category category, String entry) {
        return new Decision(policy.denyAction().status(), category, license, Rule.DENY_LIST,
                license + (entry.equals(license) ? "" : " (" + entry + ")") + " is on the deny list");
    }

    private static Decision allowed(String license, Category category, String entry) {
        return new Decision(GateStatus.PASSED, category, license, Rule.ALLOW_LIST,
                license + (entry.equals(license) ? "" : " (" + entry + ")") + " is on the allow list");
    }

    private Category category(Single single, String full, String base) {
        Category configured = policy.licenseCategories().get(full);
        if (configured == null && base != null) {
            configured = policy.licenseCategories().get(base);
        }
        if (configured != null) {
            return configured;
        }
        if (single.kind() != Kind.SPDX) {
            return Category.UNKNOWN;
        }
        String id = single.id().endsWith("+") ? single.id().substring(0, single.id().length() - 1) : single.id();
        return tables.category(id, single.exception());
    }

    private LicenseSummary summarize(List<Sbom> sboms, List<ComponentVerdict> verdicts, Set<String> keys,
            Set<ComponentException> expired, boolean referenceAvailable, Instant now) {
        GateStatus status = GateStatus.PASSED;
        Map<GateStatus, Integer> counts = new EnumMap<>(GateStatus.class);
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            byCategory.put(category, 0);
        }
        List<String> violations = new ArrayList<>();
        int excepted = 0;
        int noLicense = 0;
        int fresh = 0;
        int notCounted = 0;
        for (ComponentVerdict verdict : verdicts) {
            counts.merge(verdict.status(), 1, Integer::sum);
            if (verdict.category() != null) {
                byCategory.merge(verdict.category(), 1, Integer::sum);
            }
            excepted += verdict.rule() == Rule.EXCEPTION ? 1 : 0;
            noLicense += verdict.rule() == Rule.NO_LICENSE ? 1 : 0;
            fresh += verdict.isNew() ? 1 : 0;
            if (verdict.status() == GateStatus.PASSED) {
                continue;
            }
            if (!verdict.counted()) {
                notCounted++;
                continue;
            }
            status = status.worse(verdict.status());
            if (violations.size() < MAX_VIOLATION_LINES) {
                violations.add(verdict.display() + " [" + verdict.license() + "]: " + verdict.reason() + " -> "
                        + verdict.status());
            }
        }
        long violating = verdicts.stream().filter(v -> v.counted() && v.status() != GateStatus.PASSED).count();
        if (violating > violations.size()) {
            violations.add("... and " + (violating - violations.size()) + " more");
        }
        List<String> sources = sboms.stream().map(s -> s.source() + " (" + s.format().label() + " " + s.specVersion()
                + ", " + s.components().size() + " components)").toList();
        return new LicenseSummary(now, status, sources, verdicts.size(), counts.getOrDefault(GateStatus.PASSED, 0),
                counts.getOrDefault(GateStatus.UNSTABLE, 0), counts.getOrDefault(GateStatus.FAILED, 0), excepted,
                noLicense, fresh, notCounted, referenceAvailable, policy.newOnly(), byCategory, violations,
                List.copyOf(expired), keys, normalizer.spdxListVersion());
    }

    /** A component as far as repeats go: the same package, version and declaration is one verdict. */
    private record Seen(String identity, String version, List<DeclaredLicense> licenses) {
    }

    /** One decision: the status, the license and category behind it, the rule and a reason. */
    record Decision(GateStatus status, Category category, String license, Rule rule, String reason) {
        Decision withReason(String text) {
            return new Decision(status, category, license, rule, text);
        }

        int categoryOrder() {
            return category == null ? Category.values().length : category.ordinal();
        }
    }
}
