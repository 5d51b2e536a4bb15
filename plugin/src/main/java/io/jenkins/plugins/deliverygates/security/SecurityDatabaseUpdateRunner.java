package io.jenkins.plugins.deliverygates.security;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.TaskListener;
import hudson.util.Secret;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Pipeline step and the freestyle builder share: read the global configuration (feed URL, or the NVD API
 * with the key from its credential), update the data directory on the agent that holds the workspace, log the
 * outcome.
 */
final class SecurityDatabaseUpdateRunner {
    private SecurityDatabaseUpdateRunner() {
    }

    /**
     * @param dataDirectory overrides the global data directory; null for the global one
     * @param validForHours skip the update if the last one completed less than this many hours ago; 0: never skip
     * @throws AbortException naming the credential, feed or data directory when the update cannot run or fails
     */
    static DatabaseUpdateCallable.Outcome run(FilePath workspace, TaskListener listener, String dataDirectory,
            int validForHours) throws IOException, InterruptedException {
        SecurityScanConfiguration configuration = SecurityScanConfiguration.get();
        String directory = dataDirectory != null ? dataDirectory : configuration.getDataDirectory();
        Secret apiKey;
        try {
            apiKey = configuration.getFeedUrl() == null ? configuration.nvdApiKey() : null;
        } catch (IllegalArgumentException e) {
            throw new AbortException("Security database update: " + e.getMessage());
        }
        if (configuration.getFeedUrl() == null && apiKey == null) {
            listener.getLogger().println("Security database update: no feed URL and no NVD API key configured; "
                    + "the NVD API without a key is very slow");
        }
        DatabaseUpdateCallable.Outcome outcome = workspace.act(new DatabaseUpdateCallable(directory,
                configuration.getFeedUrl(), apiKey, configuration.getNvdApiEndpoint(),
                SecurityScanConfiguration.proxy(), validForHours));
        if (outcome.problem() != null) {
            throw new AbortException("Security database update: " + outcome.problem());
        }
        listener.getLogger().println("Security database update: " + outcome.message());
        return outcome;
    }

    /** The Pipeline step's return value: data directory, changed (false: already current), size and source. */
    static Map<String, Object> toMap(DatabaseUpdateCallable.Outcome outcome) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dataDirectory", outcome.dataDirectory());
        map.put("changed", outcome.changed());
        map.put("skipped", outcome.skippedSince() != null);
        map.put("databaseBytes", outcome.databaseBytes());
        map.put("source", outcome.source());
        return map;
    }
}
