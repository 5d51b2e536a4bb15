package io.deliverygates.license;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's own tables (resources next to this class): license names and URLs mapped to SPDX expressions, the
 * category of common SPDX ids, the replacements of deprecated ids, and the exceptions that weaken a copyleft.
 * Names and URLs not in the tables stay unknown: a similar-looking name is never taken for an id.
 */
final class LicenseTables {
    private static final LicenseTables INSTANCE = new LicenseTables();

    /** Deprecated SPDX ids and what replaced them (SPDX License List, "deprecated" section). */
    private static final Map<String, String> DEPRECATED = Map.ofEntries(
            Map.entry("GPL-1.0", "GPL-1.0-only"), Map.entry("GPL-1.0+", "GPL-1.0-or-later"),
            Map.entry("GPL-2.0", "GPL-2.0-only"), Map.entry("GPL-2.0+", "GPL-2.0-or-later"),
            Map.entry("GPL-3.0", "GPL-3.0-only"), Map.entry("GPL-3.0+", "GPL-3.0-or-later"),
            Map.entry("LGPL-2.0", "LGPL-2.0-only"), Map.entry("LGPL-2.0+", "LGPL-2.0-or-later"),
            Map.entry("LGPL-2.1", "LGPL-2.1-only"), Map.entry("LGPL-2.1+", "LGPL-2.1-or-later"),
            Map.entry("LGPL-3.0", "LGPL-3.0-only"), Map.entry("LGPL-3.0+", "LGPL-3.0-or-later"),
            Map.entry("AGPL-1.0", "AGPL-1.0-only"), Map.entry("AGPL-3.0", "AGPL-3.0-only"),
            Map.entry("GFDL-1.1", "GFDL-1.1-only"), Map.entry("GFDL-1.2", "GFDL-1.2-only"),
            Map.entry("GFDL-1.3", "GFDL-1.3-only"),
            Map.entry("GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
            Map.entry("GPL-2.0-with-GCC-exception", "GPL-2.0-only WITH GCC-exception-2.0"),
            Map.entry("GPL-2.0-with-autoconf-exception", "GPL-2.0-only WITH Autoconf-exception-2.0"),
            Map.entry("GPL-2.0-with-bison-exception", "GPL-2.0-only WITH Bison-exception-2.2"),
            Map.entry("GPL-2.0-with-font-exception", "GPL-2.0-only WITH Font-exception-2.0"),
            Map.entry("GPL-3.0-with-GCC-exception", "GPL-3.0-only WITH GCC-exception-3.1"),
            Map.entry("GPL-3.0-with-autoconf-exception", "GPL-3.0-only WITH Autoconf-exception-3.0"),
            Map.entry("eCos-2.0", "GPL-2.0-or-later WITH eCos-exception-2.0"),
            Map.entry("BSD-2-Clause-FreeBSD", "BSD-2-Clause"), Map.entry("BSD-2-Clause-NetBSD", "BSD-2-Clause"),
            Map.entry("StandardML-NJ", "SMLNJ"), Map.entry("Nunit", "zlib-acknowledgement"),
            Map.entry("bzip2-1.0.5", "bzip2-1.0.6"),
            Map.entry("wxWindows", "LGPL-2.0-or-later WITH WxWindows-exception-3.1"));

    /**
     * Exceptions that allow linking or use without the base license's copyleft reaching the user's code: a strong
     * copyleft with one of them counts as weak copyleft. Any other exception leaves the base category unchanged
     * (an exception only adds permissions, so that is never too lenient).
     */
    private static final Set<String> LINKING_EXCEPTIONS = Set.of("Classpath-exception-2.0", "GCC-exception-2.0",
            "GCC-exception-3.1", "Autoconf-exception-2.0", "Autoconf-exception-3.0", "Bison-exception-2.2",
            "Font-exception-2.0", "Libtool-exception", "LLVM-exception", "OpenJDK-assembly-exception-1.0",
            "GPL-3.0-linking-exception", "GPL-3.0-linking-source-exception", "eCos-exception-2.0",
            "gnu-javamail-exception", "WxWindows-exception-3.1", "Linux-syscall-note");

    private final Map<String, String> names;
    private final Map<String, String> urls;
    private final Map<String, Category> categories;

    private LicenseTables() {
        names = load("license-names.tsv", LicenseTables::normalizeName);
        urls = load("license-urls.tsv", LicenseTables::normalizeUrl);
        Map<String, Category> categoryTable = new HashMap<>();
        load("license-categories.tsv", id -> id).forEach((id, category) -> categoryTable.put(id,
                Category.valueOf(category)));
        categories = Map.copyOf(categoryTable);
    }

    static LicenseTables get() {
        return INSTANCE;
    }

    /** The SPDX expression text a license name stands for. */
    Optional<String> byName(String name) {
        return Optional.ofNullable(names.get(normalizeName(name)));
    }

    /** The SPDX expression text a license URL stands for. */
    Optional<String> byUrl(String url) {
        return Optional.ofNullable(urls.get(normalizeUrl(url)));
    }

    /** The replacement text of a deprecated id (canonical spelling), e.g. GPL-2.0+ -> GPL-2.0-or-later. */
    Optional<String> replacement(String deprecatedId) {
        return Optional.ofNullable(DEPRECATED.get(deprecatedId));
    }

    /** The built-in category of a canonical SPDX id; a strong copyleft with a linking exception is weak. */
    Category category(String id, String exception) {
        Category category = categories.getOrDefault(id, Category.UNKNOWN);
        if (category == Category.STRONG_COPYLEFT && exception != null && LINKING_EXCEPTIONS.contains(exception)) {
            return Category.WEAK_COPYLEFT;
        }
        return category;
    }

    static String normalizeName(String name) {
        String collapsed = name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return collapsed.endsWith(".") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
    }

    static String normalizeUrl(String url) {
        String text = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static Map<String, String> load(String resource, java.util.function.UnaryOperator<String> key) {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = LicenseTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2 || table.put(key.apply(columns[0]), columns[1].trim()) != null) {
                    throw new IllegalStateException(resource + ": bad or repeated line '" + line + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
