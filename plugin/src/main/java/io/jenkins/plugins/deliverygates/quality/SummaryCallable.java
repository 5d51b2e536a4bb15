package io.jenkins.plugins.deliverygates.quality;

import hudson.remoting.VirtualChannel;
import io.deliverygates.common.InputException;
import io.deliverygates.coverage.CoverageLoader;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.gate.CoverageSummary;
import io.deliverygates.coverage.gate.QualityGate;
import java.io.File;
import java.io.Serializable;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs where the workspace is (usually an agent): reads and merges the reports and returns only the compact
 * {@link CoverageSummary} (totals, the packages and scopes the conditions use). Bad input comes back as a message
 * naming the file or parameter instead of an exception, so the controller can fail the build with it and no stack
 * trace.
 */
final class SummaryCallable extends MasterToSlaveFileCallable<SummaryCallable.Outcome> {
    private static final long serialVersionUID = 1L;

    private final QualityGateParameters parameters;

    SummaryCallable(QualityGateParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public Outcome invoke(File workspace, VirtualChannel channel) {
        try {
            QualityGate gate = parameters.gate();
            // Only what the gate's scopes need: memory on the agent stays flat however large the reports are.
            CoverageTree tree = new CoverageLoader().load(workspace.toPath(), parameters.reports(),
                    gate.requiredDetail());
            return new Outcome(gate.summarize(tree), null);
        } catch (InputException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /** Either the summary or the problem that prevented it. */
    record Outcome(CoverageSummary summary, String problem) implements Serializable {
    }
}
