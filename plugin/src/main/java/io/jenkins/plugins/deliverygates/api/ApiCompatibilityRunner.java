package io.jenkins.plugins.deliverygates.api;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import io.deliverygates.api.ApiChange;
import io.deliverygates.api.ApiComparators;
import io.deliverygates.api.ApiSummary;
import io.deliverygates.api.ApiSummaryText;
import io.deliverygates.api.ProductionReference;
import io.deliverygates.common.InputException;
import io.deliverygates.ledger.ArtifactStore;
import io.deliverygates.ledger.FileLedger;
import io.jenkins.plugins.deliverygates.GateContext;
import io.jenkins.plugins.deliverygates.GateResults;
import io.jenkins.plugins.deliverygates.ReferenceBuilds;
import io.jenkins.plugins.deliverygates.ReportFolder;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Pipeline step and the freestyle builder share: find the reference build's summary and, for
 * {@code reference: 'production'}, the artifact the job's ledger records with the last successful production
 * deployment (copied to the agent); compare on the agent; archive the reports; store and print the summary; map the
 * verdict to the build result.
 */
final class ApiCompatibilityRunner {
    /** Report folder in the workspace; emptied before each run, archived after it. */
    static final String REPORT_FOLDER = ".delivery-gates/api-reports";
    private static final ReportFolder REPORTS = new ReportFolder(REPORT_FOLDER, ApiCompatibilityAction.ARTIFACT_FOLDER);

    private ApiCompatibilityRunner() {
    }

    /** The summary and the build it was compared with (null when there was none); null summary: nothing compared. */
    record Check(ApiSummary summary, String referenceBuildId) {
    }

    /**
     * @param at where it runs; in a Pipeline an UNSTABLE verdict also marks the step's flow node, and so its stage
     * @throws AbortException for bad input (naming the file or parameter) and for a FAILED verdict
     */
    static Check run(GateContext at, ApiCompatibilityParameters parameters, String referenceJob)
            throws IOException, InterruptedException {
        Run<?, ?> run = at.run();
        FilePath workspace = at.workspace();
        TaskListener listener = at.listener();
        if (parameters.newArtifact() == null) {
            throw new AbortException(Messages.ApiCompatibility_NewArtifactRequired());
        }
        ReferenceBuilds.Reference<String> reference;
        Optional<ProductionReference.Found> production = Optional.empty();
        try {
            reference = ReferenceBuilds.summary(run, referenceJob, ApiCompatibilityAction.class,
                    ApiCompatibilityAction::getSummaryJson);
            if (parameters.fromProduction()) {
                production = production(run, parameters);
                if (production.isEmpty()) {
                    listener.getLogger().println(Messages.ApiCompatibility_NothingDeployed(parameters.environment()));
                    return new Check(null, null);
                }
            }
        } catch (InputException e) {
            throw new AbortException(Messages.ApiCompatibility_Problem(e.getMessage()));
        }
        String referenceId = reference.buildId();
        String copy = null;
        if (production.isPresent()) {
            copy = copyToAgent(workspace, production.get());
        }
        REPORTS.clear(at);
        ApiCompatibilityCallable.Outcome outcome = workspace.act(new ApiCompatibilityCallable(parameters, copy,
                production.map(ProductionReference.Found::label).orElse(null),
                production.map(found -> found.deployment().version()).orElse(null), reference.summary(), REPORT_FOLDER));
        if (outcome.problem() != null) {
            throw new AbortException(Messages.ApiCompatibility_Problem(outcome.problem()));
        }
        ApiSummary summary = ApiSummary.fromJson(outcome.summaryJson(), Messages.ApiCompatibility_AgentSummary());
        REPORTS.archive(at);
        run.addOrReplaceAction(new ApiCompatibilityAction(summary, referenceId));
        listener.getLogger().println(referenceId == null ? Messages.ApiCompatibility_NoReference()
                : Messages.ApiCompatibility_Reference(referenceId));
        ApiSummaryText.lines(summary).forEach(listener.getLogger()::println);
        GateResults.apply(summary.status(), Messages.ApiCompatibility_Verdict(summary.status().name(),
                String.join("; ", summary.violations())), run, at.node());
        return new Check(summary, referenceId);
    }

    /** Production's artifact from the job's ledger (on the controller); empty only for a permitted first release. */
    private static Optional<ProductionReference.Found> production(Run<?, ?> run, ApiCompatibilityParameters parameters)
            throws IOException {
        FileLedger ledger = JobLedger.of(run.getParent());
        String source = Messages.ApiCompatibility_Ledger(run.getParent().getFullName());
        Optional<ProductionReference.Found> found = ProductionReference.lookup(ledger.events(),
                parameters.environment(), ApiComparators.kindOf(parameters.parsedKind(),
                        Path.of(parameters.newArtifact()), "kind"),
                parameters.referenceArtifact(), ArtifactStore.besideLedger(ledger.file()), source);
        if (found.isEmpty() && !parameters.allowNoProduction()) {
            throw new InputException(InputException.Problem.NOT_FOUND, source,
                    Messages.ApiCompatibility_NoDeployment(parameters.environment()));
        }
        return found;
    }

    /** The stored copy goes to {@code <workspace>@tmp}, next to the workspace, on the agent. */
    private static String copyToAgent(FilePath workspace, ProductionReference.Found found)
            throws IOException, InterruptedException {
        FilePath temp = WorkspaceList.tempDir(workspace);
        FilePath folder = (temp == null ? workspace.child(".delivery-gates") : temp).child("delivery-gates-api");
        folder.mkdirs();
        FilePath target = folder.child(found.artifact().name());
        target.copyFrom(new FilePath(found.file().toFile()));
        return target.getRemote();
    }

    /** The step's return value: plain maps, lists, strings and numbers. */
    static Map<String, Object> toMap(Check check) {
        Map<String, Object> map = new LinkedHashMap<>();
        ApiSummary summary = check.summary();
        if (summary == null) {
            map.put("status", "PASSED");
            map.put("compared", false);
            return map;
        }
        map.put("status", summary.status().name());
        map.put("compared", true);
        map.put("referenceBuild", check.referenceBuildId());
        map.put("kind", summary.kind().name());
        map.put("reference", summary.reference());
        map.put("referenceVersion", summary.referenceVersion());
        map.put("newVersion", summary.candidateVersion());
        map.put("requiredLevel", summary.requiredLevel().name());
        map.put("breaking", summary.breaking());
        map.put("newBreaking", summary.newBreaking());
        map.put("allowed", summary.allowed());
        map.put("additions", summary.additions());
        map.put("violations", new ArrayList<>(summary.violations()));
        List<Map<String, Object>> top = new ArrayList<>();
        for (ApiChange change : summary.top()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", change.rule());
            item.put("location", change.location());
            item.put("impact", change.impact().name());
            top.add(item);
        }
        map.put("top", top);
        map.put("reports", ApiCompatibilityAction.ARTIFACT_FOLDER + "/");
        return map;
    }
}
