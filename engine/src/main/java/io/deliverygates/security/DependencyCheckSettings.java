package io.deliverygates.security;

import java.nio.file.Path;
import java.util.List;
import org.owasp.dependencycheck.utils.Settings;

/** Builds dependency-check {@link Settings} for our two operations, offline unless asked otherwise. */
public final class DependencyCheckSettings {
    /** Analyzers and data sources that reach the network or start external tools. */
    private static final List<String> NETWORK_OR_EXTERNAL = List.of(
            Settings.KEYS.ANALYZER_CENTRAL_ENABLED,
            Settings.KEYS.ANALYZER_NEXUS_ENABLED,
            Settings.KEYS.ANALYZER_ARTIFACTORY_ENABLED,
            Settings.KEYS.ANALYZER_OSSINDEX_ENABLED,
            Settings.KEYS.ANALYZER_RETIREJS_ENABLED,
            Settings.KEYS.ANALYZER_NODE_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_YARN_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_PNPM_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_KNOWN_EXPLOITED_ENABLED,
            Settings.KEYS.HOSTED_SUPPRESSIONS_ENABLED,
            Settings.KEYS.UPDATE_VERSION_CHECK_ENABLED,
            Settings.KEYS.ANALYZER_BUNDLE_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_MIX_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_GOLANG_MOD_ENABLED,
            Settings.KEYS.ANALYZER_ASSEMBLY_ENABLED);

    private DependencyCheckSettings() {
    }

    /** The setting keys we turn off for an offline scan (public for the benchmark's plain-Engine baseline). */
    public static List<String> networkOrExternalAnalyzers() {
        return NETWORK_OR_EXTERNAL;
    }

    /**
     * Settings of an update of the database copy in {@code staging}, with dependency-check's temporary files there
     * too. dependency-check's own "checked recently, skip" interval is off: {@link DatabaseUpdater} decides.
     */
    static Settings forUpdate(UpdateRequest request, Path staging) {
        Settings settings = common(staging, staging, false);
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, true);
        settings.setInt(Settings.KEYS.NVD_API_VALID_FOR_HOURS, 0);
        settings.setStringIfNotEmpty(Settings.KEYS.NVD_API_DATAFEED_URL, request.feedUrl());
        settings.setStringIfNotEmpty(Settings.KEYS.NVD_API_KEY, request.nvdApiKey());
        settings.setStringIfNotEmpty(Settings.KEYS.NVD_API_ENDPOINT, request.nvdApiEndpoint());
        if (request.proxy() != null) {
            settings.setString(Settings.KEYS.PROXY_SERVER, request.proxy().host());
            settings.setInt(Settings.KEYS.PROXY_PORT, request.proxy().port());
            settings.setStringIfNotEmpty(Settings.KEYS.PROXY_NON_PROXY_HOSTS, request.proxy().nonProxyHosts());
        }
        return settings;
    }

    /**
     * Settings of a scan: its own {@link ScanFolder} as dependency-check's data directory (lock files, caches) and
     * temporary directory (the {@code dctemp*} database copy), the shared database through
     * {@code data.h2.directory}, and no update. No {@code suppression.file}: {@link SuppressionRules} hands the
     * engine the rules itself (the base rules and the user's files, already read).
     */
    static Settings forScan(ScanRequest request, Path scanDirectory) {
        Settings settings = common(scanDirectory, scanDirectory, request.networkAnalyzers());
        settings.setString(Settings.KEYS.H2_DATA_DIRECTORY, request.dataDirectory().toAbsolutePath().toString());
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, false);
        settings.setBoolean(Settings.KEYS.ANALYZER_EXPERIMENTAL_ENABLED, request.experimentalAnalyzers());
        return settings;
    }

    private static Settings common(Path dataDirectory, Path tempDirectory, boolean networkAnalyzers) {
        Settings settings = new Settings();
        settings.setString(Settings.KEYS.DATA_DIRECTORY, dataDirectory.toAbsolutePath().toString());
        settings.setString(Settings.KEYS.TEMP_DIRECTORY, tempDirectory.toAbsolutePath().toString());
        if (!networkAnalyzers) {
            NETWORK_OR_EXTERNAL.forEach(key -> settings.setBoolean(key, false));
        }
        return settings;
    }
}
