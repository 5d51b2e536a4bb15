package io.jenkins.plugins.deliverygates.security;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import io.deliverygates.common.InputException;
import io.deliverygates.security.Finding;
import io.deliverygates.security.ScanSummary;
import io.deliverygates.security.Severity;
import io.deliverygates.security.SummaryText;
import io.jenkins.plugins.deliverygates.GateContext;
import io.jenkins.plugins.deliverygates.GateResults;
import io.jenkins.plugins.deliverygates.ReferenceBuilds;
import io.jenkins.plugins.deliverygates.ReportFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Pipeline step and the freestyle builder share: find the reference build's summary, scan on the agent,
 * archive the reports, store the summary with the build, print it, and map the verdict to the build result.
 */
final class SecurityScanRunner {
    /** Report folder in the workspace; emptied before each scan, archived after it. */
    static final String REPORT_FOLDER = ".delivery-gates/security-reports";
    private static final ReportFolder REPORTS = new ReportFolder(REPORT_FOLDER, SecurityScanAction.ARTIFACT_FOLDER);

    private SecurityScanRunner() {
    }

    /**
     * @param at where it runs; in a Pipeline an UNSTABLE verdict also marks the step's flow node, and so its stage
     * @throws AbortException for bad input (naming the file or parameter) and for a FAILED verdict (the violations)
     */
    static Scan run(GateContext at, SecurityScanParameters parameters, String referenceJob)
            throws IOException, InterruptedException {
        Run<?, ?> run = at.run();
        FilePath workspace = at.workspace();
        TaskListener listener = at.listener();
        ReferenceBuilds.Reference<String> reference;
        try {
            parameters.checkInWorkspace();
            reference = ReferenceBuilds.summary(run, referenceJob, SecurityScanAction.class,
                    SecurityScanAction::getSummaryJson);
        } catch (InputException e) {
            throw new AbortException(Messages.SecurityScan_Problem(e.getMessage()));
        }
        String referenceId = reference.buildId();
        REPORTS.clear(at);
        SecurityScanCallable.Outcome outcome = workspace.act(new SecurityScanCallable(parameters, reference.summary(),
                REPORT_FOLDER, run.getParent().getFullDisplayName(), tempDirectory(workspace)));
        if (outcome.problem() != null) {
            throw new AbortException(Messages.SecurityScan_Problem(outcome.problem()));
        }
        ScanSummary summary = ScanSummary.fromJson(outcome.summaryJson(), Messages.SecurityScan_AgentSummary());
        List<String> archived = REPORTS.archive(at);
        run.addOrReplaceAction(new SecurityScanAction(run, summary, referenceId, archived));
        print(listener.getLogger(), summary, referenceId);
        GateResults.apply(summary.status(), Messages.SecurityScan_Verdict(summary.status(),
                String.join("; ", summary.violations())), run, at.node());
        return new Scan(summary, referenceId);
    }

    /** The scan's summary and the build it was compared with (null when there was none). */
    record Scan(ScanSummary summary, String referenceBuildId) {
    }

    /**
     * The Pipeline step's return value: plain maps, lists, strings and numbers (serializable, readable from a
     * sandboxed script as {@code r.status}, {@code r.total.CRITICAL}, {@code r.top[0].id}).
     */
    static Map<String, Object> toMap(Scan scan) {
        ScanSummary summary = scan.summary();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", summary.status().name());
        map.put("referenceBuild", scan.referenceBuildId());
        map.put("dependencies", summary.dependencies());
        map.put("maxCvss", summary.maxCvss());
        map.put("maxCvssSource", summary.maxCvssSource().label());
        map.put("total", bySeverity(summary.total()));
        map.put("newFindings", bySeverity(summary.newFindings()));
        map.put("totalCount", summary.totalCount());
        map.put("newCount", summary.newCount());
        map.put("suppressed", summary.suppressed());
        map.put("allowed", summary.allowed());
        map.put("violations", new ArrayList<>(summary.violations()));
        List<Map<String, Object>> top = new ArrayList<>();
        for (Finding finding : summary.top()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", finding.id());
            item.put("dependency", finding.dependency());
            item.put("cvss", finding.score());
            item.put("cvssSource", finding.scoreSource().label());
            item.put("severity", finding.severity().name());
            top.add(item);
        }
        map.put("top", top);
        map.put("reports", SecurityScanAction.ARTIFACT_FOLDER + "/");
        return map;
    }

    /** Every severity, also those with no finding, so a script can read {@code r.total.HIGH} without a null check. */
    private static Map<String, Object> bySeverity(Map<Severity, Integer> counts) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            map.put(severity.name(), counts.getOrDefault(severity, 0));
        }
        return map;
    }

    /**
     * The scan's temporary files (dependency-check's copy of the database, tens of MB) go next to the workspace, in
     * Jenkins' {@code <workspace>@tmp} folder, not into the agent's shared {@code /tmp}: they are then on the agent's
     * build disk, and a workspace cleanup removes whatever a killed agent process left behind.
     */
    private static String tempDirectory(FilePath workspace) {
        FilePath temp = WorkspaceList.tempDir(workspace);
        return temp == null ? null : temp.child("delivery-gates-scan").getRemote();
    }

    /** Archives the reports the scan wrote (those its {@code formats} asked for) and returns their file names. */

    private static void print(PrintStream log, ScanSummary summary, String referenceId) {
        log.println(referenceId == null ? Messages.SecurityScan_NoReference()
                : Messages.SecurityScan_Reference(referenceId));
        SummaryText.lines(summary).forEach(log::println);
    }
}
