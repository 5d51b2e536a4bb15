package io.jenkins.plugins.deliverygates.promotion;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import io.deliverygates.ledger.ArtifactStore;
import io.deliverygates.ledger.RecordedArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Copies the artifacts a promotion names from the workspace (on the agent) into the job's artifact store next to
 * its ledger (on the controller), so that {@code apiCompatibility} can later compare against what was deployed.
 */
final class DeployedArtifacts {
    private DeployedArtifacts() {
    }

    /** @param artifacts workspace-relative paths separated by commas or new lines, or null for none */
    static List<RecordedArtifact> store(Run<?, ?> run, FilePath workspace, String artifacts)
            throws IOException, InterruptedException {
        List<String> paths = artifacts == null ? List.of() : Arrays.stream(artifacts.split("[,\\n\\r]+"))
                .map(String::trim).filter(path -> !path.isEmpty()).toList();
        if (paths.isEmpty()) {
            return List.of();
        }
        if (workspace == null) {
            throw new AbortException(Messages.DeployedArtifacts_NeedsWorkspace());
        }
        ArtifactStore store = ArtifactStore.besideLedger(JobLedger.of(run.getParent()).file());
        Files.createDirectories(store.folder());
        List<RecordedArtifact> recorded = new ArrayList<>();
        for (String path : paths) {
            if (Path.of(path).isAbsolute() || path.contains("..")) {
                throw new AbortException(Messages.DeployedArtifacts_OutsideWorkspace(path));
            }
            FilePath file = workspace.child(path);
            if (!file.exists() || file.isDirectory()) {
                throw new AbortException(Messages.DeployedArtifacts_NoSuchFile(path));
            }
            Path upload = Files.createTempFile(store.folder(), "upload-", ".tmp");
            try {
                file.copyTo(new FilePath(upload.toFile()));
                recorded.add(store.add(upload, file.getName(), "artifact"));
            } finally {
                Files.deleteIfExists(upload);
            }
        }
        return recorded;
    }
}
