package io.jenkins.plugins.deliverygates.license;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.license.ComponentException;
import io.deliverygates.license.LicenseNormalizer.Combination;
import io.deliverygates.license.LicensePolicy;
import io.deliverygates.license.RuleAction;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The license gate's parameters as they travel to the agent: plain strings, parsed by the engine there, so that a
 * wrong value becomes an InputException naming the parameter.
 */
record LicenseGateParameters(List<String> sboms, List<String> allowList, List<String> denyList, String denyAction,
        List<String> categoryRules, List<String> licenseCategories, String noLicense, List<String> exceptions,
        boolean newOnly, String multipleLicenses) implements Serializable {

    LicenseGateParameters {
        sboms = List.copyOf(sboms);
        allowList = List.copyOf(allowList);
        denyList = List.copyOf(denyList);
        categoryRules = List.copyOf(categoryRules);
        licenseCategories = List.copyOf(licenseCategories);
        exceptions = List.copyOf(exceptions);
    }

    /** From the form's or the script's values; exceptions are one per line (their reasons may have commas). */
    static LicenseGateParameters of(String sboms, String allowList, String denyList, String denyAction,
            String categoryRules, String licenseCategories, String noLicense, String exceptions, boolean newOnly,
            String multipleLicenses) {
        return new LicenseGateParameters(values(sboms), values(allowList), values(denyList), denyAction,
                values(categoryRules), values(licenseCategories), noLicense, lines(exceptions), newOnly,
                multipleLicenses);
    }

    /** A list parameter: values separated by commas or new lines (the form's text areas send new lines). */
    static List<String> values(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n\\r]+")).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * The SBOM patterns, checked to stay in the workspace.
     *
     * @throws InputException (UNSAFE) for an absolute path or one with {@code ..}: on the built-in node an SBOM path
     *         must not reach the controller's files
     */
    List<String> sbomPatterns() {
        if (sboms.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, "sboms", Messages.LicenseGate_NoSbom());
        }
        for (String pattern : sboms) {
            String slashes = pattern.replace('\\', '/');
            if (slashes.startsWith("/") || slashes.matches("^[A-Za-z]:.*")
                    || Arrays.asList(slashes.split("/")).contains("..")) {
                throw new InputException(Problem.UNSAFE, "sboms",
                        io.jenkins.plugins.deliverygates.Messages.WorkspacePaths_Outside(pattern));
            }
        }
        return sboms;
    }

    LicensePolicy policy() {
        return new LicensePolicy(LicensePolicy.licenses("allowList", allowList),
                LicensePolicy.licenses("denyList", denyList), RuleAction.parse("denyAction", or(denyAction)),
                LicensePolicy.categoryRules("categoryRules", categoryRules),
                LicensePolicy.licenseCategories("licenseCategories", licenseCategories),
                RuleAction.parse("noLicense", or(noLicense)),
                exceptions.stream().map(entry -> ComponentException.parse("exceptions", entry)).toList(), newOnly,
                combination());
    }

    private Combination combination() {
        try {
            return Combination.valueOf(multipleLicenses == null ? "ANY" : multipleLicenses.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.INVALID_PARAMETER, "multipleLicenses",
                    Messages.LicenseGate_NotAnyOrAll(multipleLicenses));
        }
    }

    private static String or(String action) {
        return action == null || action.isBlank() ? "FAILURE" : action;
    }
}
