package io.deliverygates.coverage.gate;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.coverage.Metric;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of a quality gate. The string syntax, shared by the CLI and the Jenkins steps (docs/quality-gate.md):
 *
 * <pre>
 * METRIC[.missed][:delta] OPERATOR NUMBER [@SCOPE] [:unstable|:failure]
 *
 * line&gt;=80                    line coverage of the project at least 80 %
 * branch&gt;=60:unstable         below 60 % marks the build unstable instead of failing it
 * line:delta&gt;=-0.5            line coverage may drop by at most 0.5 points against the reference build
 * instruction&gt;=70@com.acme.*  instruction coverage of the packages com.acme.* (summed) at least 70 %
 * complexity.missed&lt;=200      at most 200 missed complexity (lower is better, so the operator is &lt;=)
 * line&gt;=90@class=*Service     class and file scopes: @class=GLOB, @file=GLOB
 * </pre>
 *
 * @param threshold for {@link Baseline#DELTA} the allowed change: {@code -0.5} tolerates a drop of 0.5 points
 */
public record Condition(Metric metric, Quantity quantity, Baseline baseline, double threshold, Scope scope,
                        Criticality criticality) implements Serializable {
    /** What a condition does when violated and no criticality is given. */
    public static final Criticality DEFAULT_CRITICALITY = Criticality.FAILURE;

    private static final Pattern SYNTAX = Pattern.compile(
            "(?<metric>[a-zA-Z]+)(?<missed>\\.missed)?(?<delta>:delta)?\\s*(?<op>>=|<=|=>|=<|>|<|==|=)\\s*"
                    + "(?<number>[-+]?[0-9]+(?:\\.[0-9]+)?)\\s*%?\\s*(?:@(?<scope>[^:\\s]+))?\\s*"
                    + "(?::(?<criticality>[a-zA-Z]+))?");

    public Condition {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(criticality, "criticality");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number");
        }
    }

    /** Parses a condition; errors name {@code parameter} (e.g. {@code --condition}) and say what is wrong. */
    public static Condition parse(String spec, String parameter) {
        if (spec == null || spec.isBlank()) {
            throw invalid(parameter, "empty condition; expected e.g. line>=80");
        }
        Matcher m = SYNTAX.matcher(spec.trim());
        if (!m.matches()) {
            throw invalid(parameter, "cannot read condition '" + spec
                    + "'; expected METRIC[.missed][:delta]>=NUMBER[@SCOPE][:unstable|:failure], e.g. line>=80");
        }
        Metric metric = Metric.parse(m.group("metric"), parameter);
        Quantity quantity = m.group("missed") == null ? Quantity.PERCENT : Quantity.MISSED;
        String operator = m.group("op");
        if (!operator.equals(quantity.operator())) {
            throw invalid(parameter, "condition '" + spec + "' uses '" + operator + "', but "
                    + (quantity.higherIsBetter() ? "coverage is higher-is-better: use >=" : "missed counts are lower-is-better: use <="));
        }
        double threshold = Double.parseDouble(m.group("number"));
        Baseline baseline = m.group("delta") == null ? Baseline.ABSOLUTE : Baseline.DELTA;
        if (baseline == Baseline.ABSOLUTE && quantity == Quantity.PERCENT && (threshold < 0 || threshold > 100)) {
            throw invalid(parameter, "condition '" + spec + "': a coverage threshold is a percentage from 0 to 100");
        }
        // Thresholds no report can meet (or that every report meets) are typing errors, not gates.
        if (baseline == Baseline.DELTA && quantity == Quantity.PERCENT && (threshold < -100 || threshold > 100)) {
            throw invalid(parameter, "condition '" + spec + "': a coverage change is between -100 and +100 points");
        }
        if (baseline == Baseline.ABSOLUTE && quantity == Quantity.MISSED && threshold < 0) {
            throw invalid(parameter, "condition '" + spec + "': a missed count is never below 0, so this can never"
                    + " be met; use " + metric.label() + ".missed<=0 for none missed");
        }
        Scope scope = m.group("scope") == null ? Scope.PROJECT : Scope.parse(m.group("scope"), parameter);
        Criticality criticality = m.group("criticality") == null ? DEFAULT_CRITICALITY
                : criticality(m.group("criticality"), spec, parameter);
        return new Condition(metric, quantity, baseline, threshold, scope, criticality);
    }

    private static Criticality criticality(String text, String spec, String parameter) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "unstable":
                return Criticality.UNSTABLE;
            case "failure":
            case "fail":
            case "failed":
                return Criticality.FAILURE;
            default:
                throw invalid(parameter, "condition '" + spec + "': unknown criticality '" + text
                        + "'; use :unstable or :failure");
        }
    }

    private static InputException invalid(String parameter, String detail) {
        return new InputException(Problem.INVALID_PARAMETER, parameter, detail);
    }

    /** The tolerated drop of a delta condition (for {@code line:delta>=-0.5} it is 0.5); 0 for absolute ones. */
    public double tolerance() {
        if (baseline == Baseline.ABSOLUTE) {
            return 0;
        }
        return quantity.higherIsBetter() ? -threshold : threshold;
    }

    /** The canonical condition string; {@code parse(c.spec(), ..)} gives back an equal condition. */
    public String spec() {
        StringBuilder text = new StringBuilder(metric.label()).append(quantity.suffix());
        if (baseline == Baseline.DELTA) {
            text.append(":delta");
        }
        text.append(quantity.operator()).append(number(threshold));
        if (scope.kind() != Scope.Kind.PROJECT) {
            boolean plainPackage = scope.kind() == Scope.Kind.PACKAGE && !scope.pattern().isEmpty();
            text.append('@').append(plainPackage ? scope.pattern() : scope.key());
        }
        if (criticality != DEFAULT_CRITICALITY) {
            text.append(':').append(criticality.name().toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return spec();
    }
}
