package io.jenkins.plugins.deliverygates;

import hudson.FilePath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;

/**
 * The folder in the workspace where a gate writes its reports on the agent: emptied before the gate runs, and
 * archived with the build under the gate's artifact folder after it.
 *
 * @param workspacePath  relative to the workspace, e.g. {@code .delivery-gates/license-reports}
 * @param artifactFolder the folder of the build's artifacts, e.g. {@code license}
 */
public record ReportFolder(String workspacePath, String artifactFolder) {
    /** Empties the folder, so that no report of an earlier build is archived with this one. */
    public void clear(GateContext at) throws IOException, InterruptedException {
        at.workspace().child(workspacePath).deleteRecursive();
    }

    /** Archives every report in the folder as {@code artifactFolder/name}; returns the names, sorted. */
    public List<String> archive(GateContext at) throws IOException, InterruptedException {
        Map<String, String> files = new LinkedHashMap<>();
        for (FilePath file : at.workspace().child(workspacePath).list()) {
            files.put(artifactFolder + "/" + file.getName(), workspacePath + "/" + file.getName());
        }
        at.run().pickArtifactManager().archive(at.workspace(), at.launcher(), BuildListenerAdapter.wrap(at.listener()),
                files);
        return files.keySet().stream().map(path -> path.substring(path.lastIndexOf('/') + 1)).sorted().toList();
    }
}
