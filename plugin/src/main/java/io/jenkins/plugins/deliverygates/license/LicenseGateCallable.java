package io.jenkins.plugins.deliverygates.license;

import hudson.remoting.VirtualChannel;
import io.deliverygates.common.InputException;
import io.deliverygates.license.LicenseCheck;
import io.deliverygates.license.LicenseGateResult;
import io.deliverygates.license.LicenseSummary;
import java.io.File;
import java.io.Serializable;
import java.nio.file.Path;
import jenkins.MasterToSlaveFileCallable;

/**
 * Reads the SBOMs where the workspace is (usually an agent), applies the gate there, writes the reports into the
 * workspace and returns only the summary as JSON. Bad input comes back as a message naming the file or parameter,
 * so the controller fails the build with it and no stack trace.
 */
final class LicenseGateCallable extends MasterToSlaveFileCallable<LicenseGateCallable.Outcome> {
    private static final long serialVersionUID = 1L;

    private final LicenseGateParameters parameters;
    private final String referenceJson;
    private final String reportFolder;

    LicenseGateCallable(LicenseGateParameters parameters, String referenceJson, String reportFolder) {
        this.parameters = parameters;
        this.referenceJson = referenceJson;
        this.reportFolder = reportFolder;
    }

    @Override
    public Outcome invoke(File workspace, VirtualChannel channel) {
        Path root = workspace.toPath();
        try {
            LicenseSummary reference = referenceJson == null ? null
                    : LicenseSummary.fromJson(referenceJson, Messages.LicenseGate_ReferenceSummary());
            LicenseGateResult result = new LicenseCheck().run(root, parameters.sbomPatterns(), "sboms",
                    parameters.policy(), reference, root.resolve(reportFolder));
            return new Outcome(result.summary().toJson(), null);
        } catch (InputException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /** Either the summary JSON or the problem that prevented it. */
    record Outcome(String summaryJson, String problem) implements Serializable {
    }
}
