package io.jenkins.plugins.deliverygates.security;

import hudson.remoting.VirtualChannel;
import hudson.util.Secret;
import io.deliverygates.common.InputException;
import io.deliverygates.security.DatabaseUpdater;
import io.deliverygates.security.UpdateRequest;
import io.deliverygates.security.UpdateResult;
import java.io.File;
import java.io.Serializable;
import java.time.Duration;
import jenkins.MasterToSlaveFileCallable;

/**
 * Updates the agent's data directory on the agent. The API key travels as a {@link Secret} (encrypted at rest,
 * sent over the agent channel) and is only unwrapped here, into dependency-check's settings; it is never printed.
 * Problems come back as an {@link InputException}'s message (it names the feed or data directory, never the key).
 */
final class DatabaseUpdateCallable extends MasterToSlaveFileCallable<DatabaseUpdateCallable.Outcome> {
    private static final long serialVersionUID = 1L;

    private final String dataDirectory;
    private final String feedUrl;
    private final Secret apiKey;
    private final String apiEndpoint;
    private final String proxyHost;
    private final int proxyPort;
    private final String nonProxyHosts;
    private final int validForHours;

    DatabaseUpdateCallable(String dataDirectory, String feedUrl, Secret apiKey, String apiEndpoint,
            UpdateRequest.Proxy proxy, int validForHours) {
        this.dataDirectory = dataDirectory;
        this.feedUrl = feedUrl;
        this.apiKey = apiKey;
        this.apiEndpoint = apiEndpoint;
        this.proxyHost = proxy == null ? null : proxy.host();
        this.proxyPort = proxy == null ? 0 : proxy.port();
        this.nonProxyHosts = proxy == null ? null : proxy.nonProxyHosts();
        this.validForHours = validForHours;
    }

    @Override
    public Outcome invoke(File workspace, VirtualChannel channel) {
        UpdateRequest request = new UpdateRequest(AgentDataDirectory.resolve(dataDirectory), feedUrl,
                apiKey == null ? null : apiKey.getPlainText(), apiEndpoint,
                proxyHost == null ? null : new UpdateRequest.Proxy(proxyHost, proxyPort, nonProxyHosts),
                Duration.ofMinutes(30), Duration.ofHours(validForHours));
        try {
            UpdateResult result = new DatabaseUpdater().update(request);
            return new Outcome(result.dataDirectory().toString(), result.changed(), result.databaseBytes(),
                    request.source(), result.skipped() ? result.skippedSince().toString() : null, null);
        } catch (InputException e) {
            return new Outcome(null, false, 0, null, null, e.getMessage());
        }
    }

    /** What the update did (data directory, whether new data was stored, database size, source), or the problem. */
    record Outcome(String dataDirectory, boolean changed, long databaseBytes, String source, String skippedSince,
            String problem) implements Serializable {
    }
}
