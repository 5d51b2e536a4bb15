package io.jenkins.plugins.deliverygates.security;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.deliverygates.common.InputException;
import io.jenkins.plugins.deliverygates.WorkspacePaths;
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
    static DatabaseUpdateCallable.Outcome run(Run<?, ?> run, FilePath workspace, TaskListener listener,
            String dataDirectory, int validForHours) throws IOException, InterruptedException {
        SecurityScanConfiguration configuration = SecurityScanConfiguration.get();
        String directory;
        if (dataDirectory != null) {
            try {
                WorkspacePaths.requireInside(dataDirectory, "dataDirectory");
            } catch (InputException e) {
                throw new AbortException(Messages.SecurityDatabaseUpdate_Failed(e.getMessage()));
            }
            directory = workspace.child(dataDirectory).getRemote();
        } else {
            directory = configuration.getDataDirectory();
        }
        Secret apiKey;
        try {
            apiKey = configuration.getFeedUrl() == null ? configuration.nvdApiKey(run) : null;
        } catch (AbortException e) {
            throw new AbortException(Messages.SecurityDatabaseUpdate_Failed(e.getMessage()));
        }
        if (configuration.getFeedUrl() == null && apiKey == null) {
            listener.getLogger().println(Messages.SecurityDatabaseUpdate_NoKey());
        }
        DatabaseUpdateCallable.Outcome outcome = workspace.act(new DatabaseUpdateCallable(directory,
                configuration.getFeedUrl(), apiKey, configuration.getNvdApiEndpoint(),
                SecurityScanConfiguration.proxy(), validForHours));
        if (outcome.problem() != null) {
            throw new AbortException(Messages.SecurityDatabaseUpdate_Failed(outcome.problem()));
        }
        listener.getLogger().println(outcome.skippedSince() != null
                ? Messages.SecurityDatabaseUpdate_Skipped(outcome.dataDirectory(), outcome.skippedSince(),
                        outcome.source())
                : Messages.SecurityDatabaseUpdate_Done(outcome.dataDirectory(), outcome.changed()
                        ? Messages.SecurityDatabaseUpdate_Updated() : Messages.SecurityDatabaseUpdate_Current(),
                        outcome.source()));
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
