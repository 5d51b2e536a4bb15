package io.jenkins.plugins.deliverygates.license;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.common.InputException;
import io.deliverygates.license.Category;
import io.deliverygates.license.LicenseReport;
import io.deliverygates.license.LicenseSummary;
import io.jenkins.plugins.deliverygates.GateContext;
import io.jenkins.plugins.deliverygates.GateResults;
import io.jenkins.plugins.deliverygates.ReferenceBuilds;
import io.jenkins.plugins.deliverygates.ReportFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Pipeline step and the freestyle builder share: find the reference build's summary, run the gate on the
 * agent, archive the reports, store the summary with the build, print it, and map the verdict to the build result.
 */
final class LicenseGateRunner {
    /** Report folder in the workspace; emptied before each run, archived after it. */
    static final String REPORT_FOLDER = ".delivery-gates/license-reports";
    private static final ReportFolder REPORTS = new ReportFolder(REPORT_FOLDER, LicenseGateAction.ARTIFACT_FOLDER);

    private LicenseGateRunner() {
    }

    /**
     * @param at where it runs; in a Pipeline an UNSTABLE verdict also marks the step's flow node, and so its stage
     * @throws AbortException for bad input (naming the file or parameter) and for a FAILED verdict (the violations)
     */
    static Check run(GateContext at, LicenseGateParameters parameters, String referenceJob)
            throws IOException, InterruptedException {
        Run<?, ?> run = at.run();
        FilePath workspace = at.workspace();
        TaskListener listener = at.listener();
        ReferenceBuilds.Reference<String> reference;
        try {
            reference = ReferenceBuilds.summary(run, referenceJob, LicenseGateAction.class,
                    LicenseGateAction::getSummaryJson);
        } catch (InputException e) {
            throw new AbortException(Messages.LicenseGate_Prefix() + e.getMessage());
        }
        String referenceId = reference.buildId();
        REPORTS.clear(at);
        LicenseGateCallable.Outcome outcome = workspace.act(new LicenseGateCallable(parameters, reference.summary(),
                REPORT_FOLDER));
        if (outcome.problem() != null) {
            throw new AbortException(Messages.LicenseGate_Prefix() + outcome.problem());
        }
        LicenseSummary summary = LicenseSummary.fromJson(outcome.summaryJson(), Messages.LicenseGate_AgentSummary());
        REPORTS.archive(at);
        run.addOrReplaceAction(new LicenseGateAction(summary, referenceId));
        listener.getLogger().println(referenceId == null ? Messages.LicenseGate_NoReference()
                : Messages.LicenseGate_Reference(referenceId));
        LicenseReport.lines(summary).forEach(listener.getLogger()::println);
        GateResults.apply(summary.status(), Messages.LicenseGate_Prefix() + summary.status() + ": "
                + String.join("; ", summary.violations()), run, at.node());
        return new Check(summary, referenceId);
    }

    /** The gate's summary and the build it was compared with (null when there was none). */
    record Check(LicenseSummary summary, String referenceBuildId) {
    }

    /**
     * The Pipeline step's return value: plain maps, lists, strings and numbers (serializable, readable from a
     * sandboxed script as {@code r.status}, {@code r.failed}, {@code r.byCategory['strong-copyleft']}).
     */
    static Map<String, Object> toMap(Check check) {
        LicenseSummary summary = check.summary();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", summary.status().name());
        map.put("referenceBuild", check.referenceBuildId());
        map.put("components", summary.components());
        map.put("passed", summary.passed());
        map.put("unstable", summary.unstable());
        map.put("failed", summary.failed());
        map.put("excepted", summary.excepted());
        map.put("noLicense", summary.noLicense());
        map.put("newComponents", summary.newComponents());
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            categories.put(category.label(), summary.byCategory().getOrDefault(category, 0));
        }
        map.put("byCategory", categories);
        map.put("violations", new ArrayList<>(summary.violations()));
        map.put("reports", LicenseGateAction.ARTIFACT_FOLDER + "/");
        return map;
    }
}
