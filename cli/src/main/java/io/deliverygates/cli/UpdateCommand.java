package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.security.DatabaseUpdater;
import io.deliverygates.security.UpdateRequest;
import io.deliverygates.security.UpdateResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code delivery-gates update}: fills or refreshes the vulnerability database; the only command that writes it. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Fill or refresh the vulnerability database in a data directory, from an NVD-format data "
                + "feed (mirror) or the NVD API. Scans never update; run this on a schedule."})
final class UpdateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "Data directory shared by the scans of this machine.")
    Path dataDirectory;

    @Option(names = "--feed-url", paramLabel = "URL",
            description = "NVD-format data feed folder with cache.properties (http(s):// or file://). "
                    + "Without it, the NVD API is used.")
    String feedUrl;

    @Option(names = "--nvd-api-key-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the NVD API key (never the key itself).")
    String apiKeyVariable;

    @Option(names = "--nvd-api-endpoint", paramLabel = "URL",
            description = "Another NVD API endpoint (a mirror of the API).")
    String apiEndpoint;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "HTTP proxy for the download.")
    String proxy;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for running scans and updates of the data directory (default: ${DEFAULT-VALUE}).")
    long lockTimeoutSeconds;

    @Option(names = "--valid-for-hours", paramLabel = "HOURS", defaultValue = "0",
            description = "Skip the update, without contacting the source, if the last one completed less than HOURS "
                    + "ago. Default: ${DEFAULT-VALUE} (check every time, as a scheduled job expects).")
    long validForHours;

    @Mixin
    DependencyCheckLogging logging;

    @Override
    public Integer call() {
        logging.apply();
        if (feedUrl != null && feedUrl.isBlank()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--feed-url", "is blank");
        }
        if (validForHours < 0) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--valid-for-hours",
                    "must not be negative, not " + validForHours);
        }
        UpdateRequest request = new UpdateRequest(dataDirectory, feedUrl, apiKey(), apiEndpoint, proxy(),
                Duration.ofSeconds(lockTimeoutSeconds), Duration.ofHours(validForHours));
        UpdateResult result = new DatabaseUpdater().update(request);
        if (result.skipped()) {
            spec.commandLine().getOut().printf("Vulnerability database in %s not updated: the last update completed "
                    + "at %s, less than %d hour(s) ago (--valid-for-hours); %s was not contacted (%d bytes)%n",
                    result.dataDirectory(), result.skippedSince(), validForHours, request.source(),
                    result.databaseBytes());
        } else {
            spec.commandLine().getOut().printf("Vulnerability database in %s %s from %s (%d bytes)%n",
                    result.dataDirectory(), result.changed() ? "updated" : "checked, already current",
                    request.source(), result.databaseBytes());
        }
        return ExitCodes.PASSED;
    }

    private String apiKey() {
        if (apiKeyVariable == null) {
            return null;
        }
        String key = System.getenv(apiKeyVariable);
        if (key == null || key.isBlank()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--nvd-api-key-env",
                    "the environment variable " + apiKeyVariable + " is not set");
        }
        return key.trim();
    }

    private UpdateRequest.Proxy proxy() {
        if (proxy == null) {
            return null;
        }
        int colon = proxy.lastIndexOf(':');
        try {
            return new UpdateRequest.Proxy(proxy.substring(0, colon), Integer.parseInt(proxy.substring(colon + 1)),
                    null);
        } catch (RuntimeException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--proxy",
                    "'" + proxy + "' is not HOST:PORT");
        }
    }
}
