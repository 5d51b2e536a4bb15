package io.deliverygates.coverage.gate;

import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.coverage.ClassMismatch;
import io.deliverygates.coverage.Counter;
import io.deliverygates.coverage.CoverageDetail;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.Counters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A list of conditions evaluated against the coverage of a build and, for delta conditions, the stored summary of
 * a reference build. Immutable and thread-safe. The Jenkins step runs {@link #summarize} where the reports are (the
 * agent) and {@link #evaluate(CoverageSummary, CoverageSummary)} anywhere; it is serializable to go there.
 */
public final class QualityGate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Condition> conditions;
    private final boolean failOnMissingMetric;
    private final boolean failOnClassMismatch;

    /**
     * @param failOnMissingMetric whether a NOT_EVALUATED condition (metric missing from the report, or a scope
     *                            matching nothing) fails the gate instead of passing with a note
     */
    public QualityGate(List<Condition> conditions, boolean failOnMissingMetric) {
        this(conditions, failOnMissingMetric, false);
    }

    /**
     * @param failOnClassMismatch whether classes that do not match their {@code .exec} data (class files of another
     *                            build) are an error instead of a warning in the result
     */
    public QualityGate(List<Condition> conditions, boolean failOnMissingMetric, boolean failOnClassMismatch) {
        this.conditions = List.copyOf(conditions);
        this.failOnMissingMetric = failOnMissingMetric;
        this.failOnClassMismatch = failOnClassMismatch;
    }

    /** Parses condition strings (see {@link Condition}); errors name {@code parameter}. */
    public static QualityGate parse(List<String> specs, boolean failOnMissingMetric, String parameter) {
        return parse(specs, failOnMissingMetric, false, parameter);
    }

    /** Parses condition strings (see {@link Condition}); errors name {@code parameter}. */
    public static QualityGate parse(List<String> specs, boolean failOnMissingMetric, boolean failOnClassMismatch,
                                    String parameter) {
        return new QualityGate(specs.stream().map(spec -> Condition.parse(spec, parameter))
                .collect(Collectors.toList()), failOnMissingMetric, failOnClassMismatch);
    }

    public boolean failOnClassMismatch() {
        return failOnClassMismatch;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public boolean failOnMissingMetric() {
        return failOnMissingMetric;
    }

    /**
     * What a reading must keep for {@link #summarize} to give the same totals and scope counters as the full tree:
     * project totals, the totals of the packages the conditions' package scopes match, and the classes and files
     * their class and file scopes match. Pass it to
     * {@code CoverageLoader.load(baseDir, selection, detail)} so memory does not grow with the report.
     */
    public CoverageDetail requiredDetail() {
        return CoverageDetail.matching(patterns(Scope.Kind.PACKAGE), patterns(Scope.Kind.CLASS), patterns(Scope.Kind.FILE));
    }

    private List<String> patterns(Scope.Kind kind) {
        return conditions.stream().map(Condition::scope).filter(scope -> scope.kind() == kind)
                .map(Scope::pattern).collect(Collectors.toList());
    }

    /**
     * The summary to evaluate and store: the totals, the packages the tree lists (with a tree read with
     * {@link #requiredDetail()}, those matching this gate's package scopes) and the class/file scopes of its conditions.
     *
     * @throws InputException (INVALID_PARAMETER, naming the {@code .exec} files) when classes do not match their
     *                        execution data and this gate fails on a class mismatch
     */
    public CoverageSummary summarize(CoverageTree tree) {
        ClassMismatch mismatch = tree.classMismatch();
        if (failOnClassMismatch && mismatch.any()) {
            throw new InputException(Problem.INVALID_PARAMETER, String.join(", ", mismatch.execFiles()),
                    mismatch.describe() + " (fail on class mismatch is set)");
        }
        return CoverageSummary.of(tree, conditions.stream().map(Condition::scope).collect(Collectors.toList()));
    }

    /** {@code LINE data in com.acme.*}: what a condition needs, for messages about missing data. */
    private static String data(Condition condition) {
        return condition.metric().label() + " data"
                + (condition.scope().kind() == Scope.Kind.PROJECT ? "" : " in " + condition.scope().key());
    }

    /** Evaluates a tree; {@code reference} may be null (then delta conditions pass with NO_REFERENCE). */
    public GateResult evaluate(CoverageTree tree, CoverageSummary reference) {
        return evaluate(summarize(tree), reference);
    }

    /** Evaluates a summary made by {@link #summarize}; {@code reference} may be null. */
    public GateResult evaluate(CoverageSummary current, CoverageSummary reference) {
        List<ConditionResult> rows = new ArrayList<>(conditions.size());
        GateStatus status = GateStatus.PASSED;
        for (Condition condition : conditions) {
            ConditionResult row = evaluate(condition, current, reference);
            rows.add(row);
            status = status.worse(row.status());
        }
        List<String> warnings = current.classMismatch().any()
                ? List.of("Some classes do not match with execution data: " + current.classMismatch().describe())
                : List.of();
        return new GateResult(status, rows, reference != null, current, warnings);
    }

    private ConditionResult evaluate(Condition condition, CoverageSummary current, CoverageSummary reference) {
        String what = describe(condition);
        Optional<Counters> scoped = current.counters(condition.scope());
        if (scoped.isEmpty()) {
            return notEvaluated(condition, "scope " + condition.scope().key() + " matches nothing in the report");
        }
        Optional<Counter> counter = scoped.get().get(condition.metric());
        if (counter.isEmpty()) {
            return notEvaluated(condition, "the report has no " + data(condition));
        }
        double actual = condition.quantity().valueOf(counter.get());
        String actualText = condition.quantity().format(actual) + " (" + counter.get() + ")";
        if (condition.baseline() == Baseline.ABSOLUTE) {
            boolean met = condition.quantity().meets(actual, condition.threshold());
            String message = what + " " + actualText + (met ? " meets " : " does not meet ")
                    + condition.quantity().operator() + " " + Condition.number(condition.threshold())
                    + (condition.quantity() == Quantity.PERCENT ? "%" : "");
            return row(condition, met, actual, null, null, message);
        }
        Optional<Counter> before = reference == null ? Optional.empty()
                : reference.counters(condition.scope()).flatMap(counters -> counters.get(condition.metric()));
        if (before.isEmpty()) {
            String why = reference == null ? "no reference build" : "the reference build has no " + data(condition);
            return new ConditionResult(condition.spec(), condition, Verdict.NO_REFERENCE, GateStatus.PASSED, actual,
                    null, null, what + " " + actualText + "; " + why + ", so the delta is not checked");
        }
        double previous = condition.quantity().valueOf(before.get());
        double delta = actual - previous;
        boolean met = condition.quantity().meets(delta, condition.threshold());
        String message = what + " " + actualText + " vs. reference " + condition.quantity().format(previous)
                + ": change " + signed(delta) + (met ? " meets " : " does not meet ")
                + condition.quantity().operator() + " " + signed(condition.threshold());
        return row(condition, met, actual, previous, delta, message);
    }

    private ConditionResult row(Condition condition, boolean met, double actual, Double reference, Double delta,
                                String message) {
        GateStatus status = met ? GateStatus.PASSED : condition.criticality().statusWhenViolated();
        String suffix = met ? "" : " -> " + status.name().toLowerCase(Locale.ROOT);
        return new ConditionResult(condition.spec(), condition, met ? Verdict.PASSED : Verdict.VIOLATED, status,
                actual, reference, delta, message + suffix);
    }

    private ConditionResult notEvaluated(Condition condition, String why) {
        GateStatus status = failOnMissingMetric ? GateStatus.FAILED : GateStatus.PASSED;
        return new ConditionResult(condition.spec(), condition, Verdict.NOT_EVALUATED, status, null, null, null,
                describe(condition) + " not evaluated: " + why
                        + (failOnMissingMetric ? " -> failed (fail on missing metric)" : ""));
    }

    private static String describe(Condition condition) {
        String scope = condition.scope().kind() == Scope.Kind.PROJECT ? "" : " of " + condition.scope().key();
        return condition.metric().label() + (condition.quantity() == Quantity.PERCENT ? " coverage" : " missed")
                + scope;
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
