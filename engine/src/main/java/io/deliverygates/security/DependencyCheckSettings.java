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

    /** Settings of an update that writes into {@code dataDirectory}. */
    static Settings forUpdate(UpdateRequest request) {
        Settings settings = common(request.dataDirectory(), Path.of(System.getProperty("java.io.tmpdir")), false);
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, true);
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
     * Settings of a scan: its own (temporary) data directory for dependency-check's lock files and caches, the
     * shared database through {@code data.h2.directory}, dependency-check's temporary files (the {@code dctemp*}
     * database copy) in the request's temporary directory, and no update.
     */
    static Settings forScan(ScanRequest request, Path scanDirectory) {
        Settings settings = common(scanDirectory, request.tempDirectory(), request.networkAnalyzers());
        settings.setString(Settings.KEYS.H2_DATA_DIRECTORY, request.dataDirectory().toAbsolutePath().toString());
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, false);
        settings.setBoolean(Settings.KEYS.ANALYZER_EXPERIMENTAL_ENABLED, request.experimentalAnalyzers());
        settings.setArrayIfNotEmpty(Settings.KEYS.SUPPRESSION_FILE,
                request.suppressionFiles().stream().map(p -> p.toAbsolutePath().toString()).toList());
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
