package io.jenkins.plugins.deliverygates.security;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.common.InputException;
import io.deliverygates.security.ScanSummary;
import io.deliverygates.security.SummaryText;
import io.jenkins.plugins.deliverygates.GateResults;
import io.jenkins.plugins.deliverygates.ReferenceBuilds;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;

/**
 * The freestyle and Pipeline scan: find the reference build's summary, scan on the agent, archive the reports,
 * store the summary with the build, print it, and map the verdict to the build result.
 */
final class SecurityScanRunner {
    /** Report folder in the workspace; emptied before each scan, archived after it. */
    static final String REPORT_FOLDER = ".delivery-gates/security-reports";

    private SecurityScanRunner() {
    }

    static ScanSummary run(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
            SecurityScanParameters parameters, String referenceJob) throws IOException, InterruptedException {
        SecurityScanAction reference;
        try {
            reference = ReferenceBuilds.find(run, referenceJob, SecurityScanAction.class);
        } catch (InputException e) {
            throw new AbortException("Security scan: " + e.getMessage());
        }
        String referenceJson = reference == null ? null : reference.getSummaryJson();
        String referenceId = referenceJson == null || reference.getOwner() == null ? null
                : reference.getOwner().getExternalizableId();
        FilePath reports = workspace.child(REPORT_FOLDER);
        reports.deleteRecursive();
        SecurityScanCallable.Outcome outcome = workspace.act(new SecurityScanCallable(parameters, referenceJson,
                REPORT_FOLDER, run.getParent().getFullDisplayName()));
        if (outcome.problem() != null) {
            throw new AbortException("Security scan: " + outcome.problem());
        }
        ScanSummary summary = ScanSummary.fromJson(outcome.summaryJson(), "the agent's security summary");
        archive(run, workspace, launcher, listener, reports);
        run.addOrReplaceAction(new SecurityScanAction(summary, referenceId));
        print(listener.getLogger(), summary, referenceId);
        GateResults.apply(summary.status(), "Security scan " + summary.status() + ": "
                + String.join("; ", summary.violations()), run, null);
        return summary;
    }

    private static void archive(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
            FilePath reports) throws IOException, InterruptedException {
        Map<String, String> files = new LinkedHashMap<>();
        for (FilePath file : reports.list()) {
            files.put(SecurityScanAction.ARTIFACT_FOLDER + "/" + file.getName(), REPORT_FOLDER + "/" + file.getName());
        }
        run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener), files);
    }

    private static void print(PrintStream log, ScanSummary summary, String referenceId) {
        log.println(referenceId == null ? "Security scan: no reference build (every finding is new)"
                : "Security scan: reference build " + referenceId);
        SummaryText.lines(summary).forEach(log::println);
    }
}
