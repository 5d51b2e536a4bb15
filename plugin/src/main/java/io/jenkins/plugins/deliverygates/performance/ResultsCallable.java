package io.jenkins.plugins.deliverygates.performance;

import hudson.remoting.VirtualChannel;
import io.deliverygates.common.InputException;
import io.deliverygates.performance.Benchmark;
import io.deliverygates.performance.ResultLoader;
import java.io.File;
import java.io.Serializable;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs where the workspace is (usually an agent): reads the result files and returns their benchmarks (names,
 * units and raw samples; small engine records). Bad input comes back as a message naming the file or parameter,
 * so the controller fails the build with it and no stack trace.
 */
final class ResultsCallable extends MasterToSlaveFileCallable<ResultsCallable.Outcome> {
    private static final long serialVersionUID = 1L;

    private final PerformanceGateParameters parameters;

    ResultsCallable(PerformanceGateParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public Outcome invoke(File workspace, VirtualChannel channel) {
        try {
            ResultLoader.Run run = new ResultLoader(name -> name).load(workspace.toPath(), parameters.results());
            // workspace-relative names in the build's record, not the agent's absolute paths
            List<String> sources = run.sources().stream()
                    .map(source -> workspace.toPath().relativize(java.nio.file.Path.of(source)).toString()).toList();
            return new Outcome(sources, run.benchmarks(), null);
        } catch (InputException e) {
            return new Outcome(List.of(), List.of(), e.getMessage());
        }
    }

    /** Either the run's benchmarks or the problem that prevented reading them. */
    record Outcome(List<String> sources, List<Benchmark> benchmarks, String problem) implements Serializable {
        ResultLoader.Run run() {
            return new ResultLoader.Run(sources, benchmarks);
        }
    }
}
