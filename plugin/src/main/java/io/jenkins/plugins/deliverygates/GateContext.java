package io.jenkins.plugins.deliverygates;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Where a gate runs: the build, its workspace (on the agent that holds it), the launcher and the log, and for a
 * Pipeline step its flow node, which an UNSTABLE verdict marks (and so its stage); null for a freestyle build step.
 */
public record GateContext(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
        @CheckForNull FlowNode node) {

    public static GateContext freestyle(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener) {
        return new GateContext(run, workspace, launcher, listener, null);
    }
}
