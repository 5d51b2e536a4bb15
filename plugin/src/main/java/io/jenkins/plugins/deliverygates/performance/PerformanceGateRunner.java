package io.jenkins.plugins.deliverygates.performance;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.common.InputException;
import io.deliverygates.performance.PerfGate;
import io.deliverygates.performance.PerfPolicy;
import io.deliverygates.performance.PerfReport;
import io.deliverygates.performance.PerfResult;
import io.deliverygates.performance.PerfRow;
import io.deliverygates.performance.PerfSummary;
import io.jenkins.plugins.deliverygates.GateContext;
import io.jenkins.plugins.deliverygates.GateResults;
import io.jenkins.plugins.deliverygates.ReferenceBuilds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the Pipeline step and the freestyle step share: read the results on the agent, compare them on the
 * controller with the reference build's stored results, print the outcome, store it with the build and map the
 * verdict to the build result.
 */
final class PerformanceGateRunner {
    private PerformanceGateRunner() {
    }

    /**
     * @param at where it runs; in a Pipeline an UNSTABLE verdict also marks the step's flow node, and so its stage
     * @throws AbortException for bad input (the message names the file or parameter) and for a FAILED verdict
     */
    static Evaluation run(GateContext at, PerformanceGateParameters parameters)
            throws IOException, InterruptedException {
        Run<?, ?> run = at.run();
        PerfPolicy policy;
        ReferenceBuilds.Reference<PerfSummary> reference;
        try {
            policy = parameters.policy();
            parameters.results(); // checks the paths here, before anything runs on the agent
            reference = ReferenceBuilds.summary(run, parameters.referenceJob(), PerformanceGateAction.class,
                    PerformanceGateAction::getSummary);
        } catch (InputException e) {
            throw new AbortException(Messages.PerformanceGate_Prefix() + e.getMessage());
        }
        ResultsCallable.Outcome outcome = at.workspace().act(new ResultsCallable(parameters));
        if (outcome.problem() != null) {
            throw new AbortException(Messages.PerformanceGate_Prefix() + outcome.problem());
        }
        String referenceId = reference.buildId();
        PerfResult result = new PerfGate(policy).evaluate(outcome.run(), reference.summary());
        TaskListener listener = at.listener();
        listener.getLogger().println(referenceId == null ? Messages.PerformanceGate_NoReference()
                : Messages.PerformanceGate_Reference(referenceId));
        listener.getLogger().print(PerfReport.text(result));
        run.addOrReplaceAction(new PerformanceGateAction(result, referenceId));
        Evaluation evaluation = new Evaluation(result, referenceId);
        GateResults.apply(result.status(), evaluation.verdict(), run, at.node());
        return evaluation;
    }

    /** The gate's result and the build it was compared with (null when there was none). */
    record Evaluation(PerfResult result, String referenceBuildId) {
        /** The sentence that explains an UNSTABLE or FAILED gate: the rows that made it so. */
        String verdict() {
            return Messages.PerformanceGate_Verdict(result.status(), result.problems().stream()
                    .map(row -> row.benchmark() + ": " + row.message()).collect(Collectors.joining("; ")));
        }
    }

    /** The Pipeline step's return value: plain maps and lists, readable from a sandboxed script. */
    static Map<String, Object> toMap(Evaluation evaluation) {
        PerfResult result = evaluation.result();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", result.status().name());
        map.put("referenceBuild", evaluation.referenceBuildId());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PerfRow row : result.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("benchmark", row.benchmark());
            item.put("check", row.check());
            item.put("status", row.status().name());
            item.put("verdict", row.verdict().name());
            item.put("current", row.current());
            item.put("reference", row.reference());
            item.put("unit", row.unit());
            item.put("ratio", row.interval() == null ? null : row.interval().ratio());
            item.put("low", row.interval() == null ? null : row.interval().low());
            item.put("high", row.interval() == null ? null : row.interval().high());
            item.put("message", row.message());
            rows.add(item);
        }
        map.put("rows", rows);
        return map;
    }
}
