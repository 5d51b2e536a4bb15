package io.deliverygates.license;

import io.deliverygates.license.LicenseExpression.All;
import io.deliverygates.license.LicenseExpression.AnyOf;
import io.deliverygates.license.LicenseExpression.Kind;
import io.deliverygates.license.LicenseExpression.Single;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a component's declared licenses into one SPDX expression: expressions are parsed, ids get their canonical
 * spelling, deprecated ids their replacement ({@code GPL-2.0} -> {@code GPL-2.0-only}), names and URLs the id of
 * {@link LicenseTables} or of the SPDX list's official names. What none of these know stays an
 * {@link Kind#UNKNOWN} license with a note, never a guess. Stateless and thread-safe.
 */
public final class LicenseNormalizer {
    private final SpdxLicenseList spdx = SpdxLicenseList.get();
    private final LicenseTables tables = LicenseTables.get();

    /** How several license statements of one component combine. */
    public enum Combination {
        /** The user may pick any (Maven's POM reference: "it is assumed that the user can select any of them"). */
        ANY,
        /** All apply. */
        ALL
    }

    /** The SPDX License List version the ids are checked against. */
    public String spdxListVersion() {
        return spdx.version();
    }

    public ResolvedLicense resolve(List<DeclaredLicense> declared, Combination combination) {
        List<String> notes = new ArrayList<>();
        List<LicenseExpression> parts = new ArrayList<>();
        for (DeclaredLicense license : declared) {
            LicenseExpression part = resolve(license, notes);
            if (part != null && !parts.contains(part)) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return new ResolvedLicense(null, notes);
        }
        if (parts.size() == 1) {
            return new ResolvedLicense(parts.get(0), notes);
        }
        return new ResolvedLicense(combination == Combination.ANY ? new AnyOf(parts) : new All(parts), notes);
    }

    private LicenseExpression resolve(DeclaredLicense license, List<String> notes) {
        String value = license.value() == null ? "" : license.value().trim();
        String url = license.url() == null ? "" : license.url().trim();
        if (value.isEmpty() && url.isEmpty()) {
            return null;
        }
        if (isNoAssertion(value)) {
            notes.add("'" + value + "' declares no license");
            return null;
        }
        switch (license.form()) {
            case EXPRESSION:
                return fromExpression(value, url, notes);
            case ID:
                return fromId(value, url, notes);
            default:
                return fromName(value, url, notes);
        }
    }

    /** SPDX's NONE and NOASSERTION, which some tools also write into CycloneDX. */
    private static boolean isNoAssertion(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return upper.equals("NONE") || upper.equals("NOASSERTION");
    }

    private LicenseExpression fromExpression(String text, String url, List<String> notes) {
        try {
            return normalize(ExpressionParser.parse(text), notes);
        } catch (ExpressionParser.SyntaxError e) {
            Optional<LicenseExpression> mapped = fromTables(text, url, notes);
            if (mapped.isPresent()) {
                return mapped.get();
            }
            notes.add("'" + text + "' is not a valid SPDX expression (" + e.getMessage() + ")");
            return Single.of(text, Kind.UNKNOWN);
        }
    }

    private LicenseExpression fromId(String id, String url, List<String> notes) {
        if (id.isEmpty()) {
            return fromName("", url, notes);
        }
        Single single = Single.of(id, Kind.SPDX);
        if (isKnownOrReference(id)) {
            return normalize(single, notes);
        }
        Optional<LicenseExpression> mapped = fromTables(id, url, notes);
        if (mapped.isPresent()) {
            return mapped.get();
        }
        notes.add("'" + id + "' is not an SPDX license id");
        return Single.of(id, Kind.UNKNOWN);
    }

    private LicenseExpression fromName(String name, String url, List<String> notes) {
        if (!name.isEmpty()) {
            // cyclonedx-npm and others put SPDX ids and expressions that the schema's id list lacks into "name"
            try {
                LicenseExpression parsed = ExpressionParser.parse(name);
                if (allKnownOrReferences(parsed)) {
                    return normalize(parsed, notes);
                }
            } catch (ExpressionParser.SyntaxError e) {
                // a real name, with spaces and punctuation: look it up below
            }
        }
        Optional<LicenseExpression> mapped = fromTables(name, url, notes);
        if (mapped.isPresent()) {
            return mapped.get();
        }
        String shown = name.isEmpty() ? url : name;
        notes.add("license name '" + shown + "'" + (url.isEmpty() || name.isEmpty() ? "" : " <" + url + ">")
                + " is not in the name or URL table: unknown");
        return Single.of(shown, Kind.UNKNOWN);
    }

    /** The names table, then the SPDX list's official names, then the URL table. */
    private Optional<LicenseExpression> fromTables(String name, String url, List<String> notes) {
        if (!name.isEmpty()) {
            Optional<String> byName = tables.byName(name).or(() -> spdx.byOfficialName(LicenseTables.normalizeName(name)));
            if (byName.isPresent()) {
                notes.add("name '" + name + "' read as " + byName.get());
                return Optional.of(normalize(ExpressionParser.parse(byName.get()), notes));
            }
        }
        if (!url.isEmpty()) {
            Optional<String> byUrl = tables.byUrl(url);
            if (byUrl.isPresent()) {
                notes.add("URL " + url + " read as " + byUrl.get());
                return Optional.of(normalize(ExpressionParser.parse(byUrl.get()), notes));
            }
        }
        return Optional.empty();
    }

    private boolean allKnownOrReferences(LicenseExpression expression) {
        if (expression instanceof Single single) {
            return isKnownOrReference(single.id());
        }
        List<LicenseExpression> parts = expression instanceof All all ? all.parts() : ((AnyOf) expression).choices();
        return parts.stream().allMatch(this::allKnownOrReferences);
    }

    private boolean isKnownOrReference(String id) {
        return isReference(id) || spdx.license(id).isPresent()
                || id.endsWith("+") && spdx.license(id.substring(0, id.length() - 1)).isPresent();
    }

    private static boolean isReference(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith("licenseref-") || lower.startsWith("documentref-") && lower.contains(":licenseref-");
    }

    /** Canonical ids, deprecated ones replaced, unknown ones marked; the tree's shape is kept. */
    LicenseExpression normalize(LicenseExpression expression, List<String> notes) {
        if (expression instanceof All all) {
            return new All(all.parts().stream().map(part -> normalize(part, notes)).toList());
        }
        if (expression instanceof AnyOf any) {
            return new AnyOf(any.choices().stream().map(choice -> normalize(choice, notes)).toList());
        }
        Single single = (Single) expression;
        if (single.kind() == Kind.UNKNOWN) {
            return single;
        }
        String exception = single.exception() == null ? null : exception(single.exception(), notes);
        String id = single.id();
        if (isReference(id)) {
            return new Single(canonicalReference(id), exception, Kind.REFERENCE);
        }
        Optional<String> canonical = spdx.license(id);
        boolean orLater = false;
        if (canonical.isEmpty() && id.endsWith("+")) {
            canonical = spdx.license(id.substring(0, id.length() - 1));
            orLater = canonical.isPresent();
        }
        if (canonical.isEmpty()) {
            notes.add("'" + id + "' is not an SPDX license id");
            return new Single(id, exception, Kind.UNKNOWN);
        }
        String written = canonical.get() + (orLater ? "+" : "");
        Optional<String> replacement = tables.replacement(written);
        if (replacement.isEmpty() && orLater) {
            replacement = tables.replacement(canonical.get()).filter(text -> !text.contains(" "))
                    .map(text -> text.replace("-only", "-or-later"));
        }
        if (replacement.isPresent()) {
            notes.add("deprecated id " + written + " read as " + replacement.get());
            Single replaced = (Single) ExpressionParser.parse(replacement.get());
            if (replaced.exception() != null && exception != null && !replaced.exception().equals(exception)) {
                notes.add(written + " WITH " + exception + " has two exceptions; " + exception + " kept");
            }
            return new Single(replaced.id(), exception != null ? exception : replaced.exception(), Kind.SPDX);
        }
        if (spdx.isDeprecated(canonical.get())) {
            notes.add("deprecated id " + written + " has no single replacement; kept");
        }
        // "MPL-1.1+" (or later) keeps the +: its category is the base version's
        return new Single(written, exception, Kind.SPDX);
    }

    /** The prefixes in SPDX's spelling; the user-chosen rest is kept as written. */
    private static String canonicalReference(String id) {
        int licenseRef = id.toLowerCase(Locale.ROOT).indexOf("licenseref-");
        String prefix = id.substring(0, licenseRef);
        if (!prefix.isEmpty()) {
            prefix = "DocumentRef-" + prefix.substring("documentref-".length());
        }
        return prefix + "LicenseRef-" + id.substring(licenseRef + "licenseref-".length());
    }

    private String exception(String id, List<String> notes) {
        Optional<String> canonical = spdx.exception(id);
        if (canonical.isEmpty()) {
            notes.add("'" + id + "' is not an SPDX exception id; it relaxes nothing");
            return id;
        }
        return canonical.get();
    }
}
