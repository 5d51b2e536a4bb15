package io.deliverygates.license;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.license.LicenseExpression.Kind;
import io.deliverygates.license.LicenseExpression.Single;
import io.deliverygates.license.LicenseNormalizer.Combination;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the license gate checks.
 *
 * @param allow licenses always allowed (canonical SPDX text, e.g. {@code GPL-2.0-only WITH Classpath-exception-2.0})
 * @param deny licenses never allowed; a denied id also denies its {@code WITH} variants unless those are allowed
 * @param denyAction what a denied license does ({@link RuleAction#FAILURE} unless set)
 * @param categories the rule for each category (every category has one)
 * @param licenseCategories categories the user gives to ids, over the built-in table (e.g. a LicenseRef)
 * @param noLicense what a component without any license does
 * @param exceptions accepted components with an expiry date and a reason
 * @param newOnly if true, category and no-license rules count only for components new against the reference
 *        (the deny list always counts)
 * @param combination how several license statements of one component combine
 */
public record LicensePolicy(Set<String> allow, Set<String> deny, RuleAction denyAction,
        Map<Category, RuleAction> categories, Map<String, Category> licenseCategories, RuleAction noLicense,
        List<ComponentException> exceptions, boolean newOnly, Combination combination) implements Serializable {

    public LicensePolicy {
        allow = Set.copyOf(allow);
        deny = Set.copyOf(deny);
        Objects.requireNonNull(denyAction, "denyAction");
        Map<Category, RuleAction> complete = new EnumMap<>(defaultCategories());
        complete.putAll(categories);
        categories = Map.copyOf(complete);
        licenseCategories = Map.copyOf(licenseCategories);
        Objects.requireNonNull(noLicense, "noLicense");
        exceptions = List.copyOf(exceptions);
        Objects.requireNonNull(combination, "combination");
        Set<String> both = new LinkedHashSet<>(allow);
        both.retainAll(deny);
        if (!both.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, "allow/deny",
                    "on both the allow and the deny list: " + String.join(", ", both));
        }
    }

    /** Permissive and weak copyleft allowed; strong and network copyleft, proprietary and unknown fail. */
    public static Map<Category, RuleAction> defaultCategories() {
        Map<Category, RuleAction> rules = new EnumMap<>(Category.class);
        rules.put(Category.PERMISSIVE, RuleAction.ALLOW);
        rules.put(Category.WEAK_COPYLEFT, RuleAction.ALLOW);
        rules.put(Category.STRONG_COPYLEFT, RuleAction.FAILURE);
        rules.put(Category.NETWORK_COPYLEFT, RuleAction.FAILURE);
        rules.put(Category.PROPRIETARY, RuleAction.FAILURE);
        rules.put(Category.UNKNOWN, RuleAction.FAILURE);
        return rules;
    }

    /** The default policy: {@link #defaultCategories()}, no lists, components without a license fail. */
    public static LicensePolicy defaults() {
        return new LicensePolicy(Set.of(), Set.of(), RuleAction.FAILURE, Map.of(), Map.of(), RuleAction.FAILURE,
                List.of(), false, Combination.ANY);
    }

    /**
     * Canonical texts of single licenses as users type them ({@code gpl-2.0} -> {@code GPL-2.0-only}); anything
     * but an SPDX id or LicenseRef (optionally WITH an exception) is a parameter error.
     */
    public static Set<String> licenses(String parameter, Collection<String> entries) {
        Set<String> canonical = new LinkedHashSet<>();
        LicenseNormalizer normalizer = new LicenseNormalizer();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            LicenseExpression expression;
            try {
                expression = normalizer.normalize(ExpressionParser.parse(entry.trim()), new ArrayList<>());
            } catch (ExpressionParser.SyntaxError e) {
                throw new InputException(Problem.INVALID_PARAMETER, parameter,
                        "'" + entry + "' is not an SPDX id: " + e.getMessage());
            }
            if (!(expression instanceof Single single) || single.kind() == Kind.UNKNOWN) {
                throw new InputException(Problem.INVALID_PARAMETER, parameter, "'" + entry + "' is not one SPDX "
                        + "license id or LicenseRef (optionally WITH an exception); list each license on its own");
            }
            canonical.add(single.text());
        }
        return canonical;
    }

    /** Parses {@code CATEGORY=ACTION} entries; {@code *=ACTION} sets every category. */
    public static Map<Category, RuleAction> categoryRules(String parameter, Collection<String> entries) {
        Map<Category, RuleAction> rules = new EnumMap<>(Category.class);
        for (String entry : entries) {
            String[] parts = split(parameter, entry, "CATEGORY=ACTION (e.g. weak-copyleft=unstable)");
            RuleAction action = RuleAction.parse(parameter, parts[1]);
            if (parts[0].equals("*")) {
                for (Category category : Category.values()) {
                    rules.put(category, action);
                }
            } else {
                rules.put(Category.parse(parameter, parts[0]), action);
            }
        }
        return rules;
    }

    /** Parses {@code ID=CATEGORY} entries, e.g. {@code LicenseRef-acme-eula=proprietary}. */
    public static Map<String, Category> licenseCategories(String parameter, Collection<String> entries) {
        Map<String, Category> categories = new HashMap<>();
        for (String entry : entries) {
            String[] parts = split(parameter, entry, "ID=CATEGORY (e.g. LicenseRef-acme=proprietary)");
            String id = licenses(parameter, List.of(parts[0])).iterator().next();
            categories.put(id, Category.parse(parameter, parts[1]));
        }
        return categories;
    }

    private static String[] split(String parameter, String entry, String form) {
        int equals = entry.lastIndexOf('=');
        if (equals <= 0 || equals == entry.length() - 1) {
            throw new InputException(Problem.INVALID_PARAMETER, parameter, "'" + entry + "' is not " + form);
        }
        return new String[] {entry.substring(0, equals).trim(), entry.substring(equals + 1).trim()};
    }
}
