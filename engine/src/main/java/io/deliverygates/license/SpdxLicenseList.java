package io.deliverygates.license;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX License List (license and exception ids, official names, deprecation flags) as shipped inside
 * cyclonedx-core-java, so it is as current as the library and needs no network. SPDX ids match case-insensitively
 * (SPDX 2.3 annex D), so lookups return the canonical spelling.
 */
final class SpdxLicenseList {
    /** The license list in cyclonedx-core-java's jar. */
    private static final String LICENSES = "/licenses/licenses.json";
    /** cyclonedx-core-java's JSON schema of SPDX ids: license ids and exception ids in one enum. */
    private static final String ALL_IDS = "/spdx.schema.json";

    private static final SpdxLicenseList INSTANCE = load();

    private final Map<String, String> licenses;
    private final Map<String, String> exceptions;
    private final Map<String, String> officialNames;
    private final Map<String, Boolean> deprecated;
    private final String version;

    private SpdxLicenseList(Map<String, String> licenses, Map<String, String> exceptions,
            Map<String, String> officialNames, Map<String, Boolean> deprecated, String version) {
        this.licenses = licenses;
        this.exceptions = exceptions;
        this.officialNames = officialNames;
        this.deprecated = deprecated;
        this.version = version;
    }

    static SpdxLicenseList get() {
        return INSTANCE;
    }

    /** The canonical spelling of a license id of the list, deprecated ones included. */
    Optional<String> license(String id) {
        return Optional.ofNullable(licenses.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The canonical spelling of an exception id of the list. */
    Optional<String> exception(String id) {
        return Optional.ofNullable(exceptions.get(id.toLowerCase(Locale.ROOT)));
    }

    boolean isDeprecated(String canonicalId) {
        return deprecated.getOrDefault(canonicalId, false);
    }

    /** The id whose official SPDX name this is (e.g. "MIT License" -> MIT), current ids only. */
    Optional<String> byOfficialName(String normalizedName) {
        return Optional.ofNullable(officialNames.get(normalizedName));
    }

    /** The SPDX License List version the library ships, e.g. 3.27.0. */
    String version() {
        return version;
    }

    private static SpdxLicenseList load() {
        JsonNode list = read(LICENSES);
        Map<String, String> licenses = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Boolean> deprecated = new HashMap<>();
        for (JsonNode license : list.path("licenses")) {
            String id = license.path("licenseId").asText();
            boolean isDeprecated = license.path("isDeprecatedLicenseId").asBoolean(false);
            licenses.put(id.toLowerCase(Locale.ROOT), id);
            deprecated.put(id, isDeprecated);
            if (!isDeprecated) {
                names.put(LicenseTables.normalizeName(license.path("name").asText()), id);
            }
        }
        Map<String, String> exceptions = new HashMap<>();
        for (JsonNode id : read(ALL_IDS).path("enum")) {
            String key = id.asText().toLowerCase(Locale.ROOT);
            if (!licenses.containsKey(key)) {
                exceptions.put(key, id.asText());
            }
        }
        if (licenses.size() < 100 || exceptions.size() < 10) {
            throw new IllegalStateException("cyclonedx-core-java's SPDX license list is missing or changed");
        }
        return new SpdxLicenseList(Map.copyOf(licenses), Map.copyOf(exceptions), Map.copyOf(names),
                Map.copyOf(deprecated), list.path("licenseListVersion").asText("unknown"));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = org.cyclonedx.model.Bom.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cyclonedx-core-java has no " + resource);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
