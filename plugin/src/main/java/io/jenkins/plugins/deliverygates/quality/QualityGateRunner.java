package io.jenkins.plugins.deliverygates.quality;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.common.InputException;
import io.deliverygates.coverage.gate.ConditionResult;
import io.deliverygates.coverage.gate.CoverageSummary;
import io.deliverygates.coverage.gate.GateReport;
import io.deliverygates.coverage.gate.GateResult;
import io.deliverygates.coverage.gate.QualityGate;
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
 * What the Pipeline step and the freestyle step share: read the reports on the agent, evaluate the gate on the
 * controller against the reference build's stored summary, print the outcome, store it with the build and map the
 * verdict to the build result.
 */
final class QualityGateRunner {
    private QualityGateRunner() {
    }

    /**
     * @param at where it runs; in a Pipeline an UNSTABLE verdict also marks the step's flow node, and so its stage
     * @throws AbortException for bad input (unreadable conditions, missing or hostile reports, an unknown
     *                        reference job): the message names the file or parameter; and for a FAILED verdict
     */
    static Evaluation run(GateContext at, QualityGateParameters parameters) throws IOException, InterruptedException {
        Run<?, ?> run = at.run();
        QualityGate gate;
        ReferenceBuilds.Reference<CoverageSummary> reference;
        try {
            gate = parameters.gate();
            parameters.reports(); // checks the paths here, before anything runs on the agent
            reference = ReferenceBuilds.summary(run, parameters.referenceJob(), QualityGateAction.class,
                    QualityGateAction::getSummary);
        } catch (InputException e) {
            throw new AbortException(Messages.QualityGate_Problem(e.getMessage()));
        }
        SummaryCallable.Outcome outcome = at.workspace().act(new SummaryCallable(parameters));
        if (outcome.problem() != null) {
            throw new AbortException(Messages.QualityGate_Problem(outcome.problem()));
        }
        String referenceId = reference.buildId();
        GateResult result = gate.evaluate(outcome.summary(), reference.summary());
        TaskListener listener = at.listener();
        listener.getLogger().println(referenceId == null ? Messages.QualityGate_NoReference()
                : Messages.QualityGate_Reference(referenceId));
        listener.getLogger().print(GateReport.text(result));
        run.addOrReplaceAction(new QualityGateAction(result, referenceId));
        Evaluation evaluation = new Evaluation(result, referenceId);
        GateResults.apply(result.status(), evaluation.verdict(), run, at.node());
        return evaluation;
    }

    /** The gate's result and the build it was compared with (null when there was none). */
    record Evaluation(GateResult result, String referenceBuildId) {
        /** The sentence that explains an UNSTABLE or FAILED gate: the violated conditions. */
        String verdict() {
            return Messages.QualityGate_Verdict(result.status(), result.problems().stream()
                    .map(ConditionResult::message).collect(Collectors.joining("; ")));
        }
    }

    /**
     * The Pipeline step's return value: plain maps and lists (serializable, readable from a sandboxed script as
     * {@code r.status}, {@code r.conditions[0].actual}, {@code r.totals.line}, {@code r.warnings}).
     */
    static Map<String, Object> toMap(Evaluation evaluation) {
        GateResult result = evaluation.result();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", result.status().name());
        map.put("referenceBuild", evaluation.referenceBuildId());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConditionResult row : result.conditions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("condition", row.condition());
            item.put("status", row.status().name());
            item.put("verdict", row.verdict().name());
            item.put("actual", row.actual());
            item.put("reference", row.reference());
            item.put("delta", row.delta());
            item.put("message", row.message());
            rows.add(item);
        }
        map.put("conditions", rows);
        Map<String, Object> totals = new LinkedHashMap<>();
        result.summary().totals().asMap().forEach((metric, counter) -> totals.put(metric.label(), counter.percent()));
        map.put("totals", totals);
        map.put("warnings", new ArrayList<>(result.warnings()));
        return map;
    }
}
