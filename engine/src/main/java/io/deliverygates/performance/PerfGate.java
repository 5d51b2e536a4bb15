package io.deliverygates.performance;

import io.deliverygates.common.GateStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * The performance gate: compares each benchmark of a run with the reference build's stored results and checks
 * load tests against their limits.
 *
 * <p>A regression needs both: the compared figure (median; p95 for load tests) is slower than the reference by
 * more than the threshold, and the change is significant (the bootstrap interval of the ratio excludes 1, and/or
 * the Mann-Whitney test rejects at 1 - confidence). Anything the gate cannot judge (too few samples, another unit,
 * a benchmark gone from the run, a limit whose figure is missing) is a failing row, never a pass.
 */
public final class PerfGate {
    private final PerfPolicy policy;
    private final BootstrapRatio bootstrap;

    public PerfGate(PerfPolicy policy) {
        this.policy = policy;
        this.bootstrap = new BootstrapRatio(policy.resamples(), policy.seed());
    }

    /**
     * @param reference the reference build's summary, or null when there is none
     */
    public PerfResult evaluate(ResultLoader.Run run, PerfSummary reference) {
        List<PerfRow> rows = new ArrayList<>();
        Map<String, Benchmark> referenceByName = reference == null ? Map.of() : reference.byName();
        for (Benchmark current : run.benchmarks()) {
            Benchmark before = referenceByName.get(current.name());
            if (reference == null) {
                rows.add(noReference(current));
            } else if (before == null) {
                rows.add(row(current, Verdict.NEW, GateStatus.PASSED, current.comparedValue(), null,
                        null, null, "new: not in the reference build; stored for the next build"));
            } else {
                rows.add(compare(current, before));
                errorRateChange(current, before).ifPresent(rows::add);
            }
            if (current.kind() == Kind.LOAD_TEST) {
                rows.addAll(limits(current));
            }
        }
        if (reference != null) {
            for (Benchmark before : reference.benchmarks()) {
                if (run.benchmarks().stream().noneMatch(b -> b.name().equals(before.name()))) {
                    rows.add(new PerfRow(before.name(), label(before), Verdict.MISSING, policy.missing().status(),
                            null, before.comparedValue(), before.unit(), null, null, null,
                            "missing: in the reference build but not in this run"
                                    + (policy.missing() == MissingPolicy.IGNORE ? " (ignored)" : "")));
                }
            }
        }
        GateStatus status = rows.stream().map(PerfRow::status).reduce(GateStatus.PASSED, GateStatus::worse);
        return new PerfResult(status, rows, reference != null, run.sources(),
                PerfSummary.of(run.sources(), run.benchmarks()));
    }

    private PerfRow noReference(Benchmark current) {
        GateStatus status = policy.requireReference() ? GateStatus.FAILED : GateStatus.PASSED;
        return row(current, Verdict.NO_REFERENCE, status, current.comparedValue(), null, null, null,
                "no reference build: nothing compared" + (policy.requireReference()
                        ? " (a reference is required)" : "; this run is stored as the next build's reference"));
    }

    private PerfRow compare(Benchmark current, Benchmark before) {
        if (current.kind() != before.kind() || current.direction() != before.direction()
                || !current.unit().equals(before.unit())) {
            return row(current, Verdict.INCOMPARABLE, GateStatus.FAILED, current.comparedValue(),
                    before.comparedValue(), null, null, String.format(Locale.ROOT,
                            "not comparable: %s %s in this run, %s %s in the reference", current.kind(),
                            current.unit(), before.kind(), before.unit()));
        }
        if (current.sampleCount() == 0 || before.sampleCount() == 0) {
            return withoutSamples(current, before);
        }
        String samples = current.sampleCount() + "/" + before.sampleCount();
        if (current.sampleCount() < policy.minSamples() || before.sampleCount() < policy.minSamples()) {
            return new PerfRow(current.name(), label(current), Verdict.INSUFFICIENT, GateStatus.FAILED,
                    current.comparedValue(), before.comparedValue(), current.unit(), null, null, samples,
                    "too few samples to judge: " + current.sampleCount() + " in this run, " + before.sampleCount()
                            + " in the reference; at least " + policy.minSamples() + " needed ("
                            + moreSamplesHint(current) + ")");
        }
        RatioInterval interval = bootstrap.interval(current.groups(), before.groups(), current.comparedQuantile(),
                policy.confidence());
        Double pValue = policy.method() == Method.BOOTSTRAP ? null
                : new MannWhitneyUTest().mannWhitneyUTest(current.pooled(), before.pooled());
        boolean significant = switch (policy.method()) {
            case BOOTSTRAP -> interval.excludesOne();
            case MANN_WHITNEY -> pValue < 1 - policy.confidence();
            case BOTH -> interval.excludesOne() && pValue < 1 - policy.confidence();
        };
        double slowdown = current.direction().slowdown(interval.ratio());
        Verdict verdict;
        GateStatus status = GateStatus.PASSED;
        String why;
        if (slowdown > 1 + policy.threshold() && significant) {
            verdict = Verdict.REGRESSION;
            status = policy.regression().statusWhenViolated();
            why = "slower by more than the threshold, significantly";
        } else if (slowdown < 1 / (1 + policy.threshold()) && significant) {
            verdict = Verdict.IMPROVEMENT;
            why = "faster by more than the threshold, significantly";
        } else {
            verdict = Verdict.UNCHANGED;
            why = Math.abs(Math.log(slowdown)) <= Math.log(1 + policy.threshold()) ? "within the threshold"
                    : "beyond the threshold but not significant";
        }
        return new PerfRow(current.name(), label(current), verdict, status, current.comparedValue(),
                before.comparedValue(), current.unit(), interval, pValue, samples,
                String.format(Locale.ROOT, "%s: ratio %s [%s, %s] at %s confidence; %s", verdict.name().toLowerCase(
                        Locale.ROOT), ratio(interval.ratio()), ratio(interval.low()), ratio(interval.high()),
                        percent(policy.confidence()), why)
                        + (pValue == null ? "" : String.format(Locale.ROOT, " (Mann-Whitney p = %.3g)", pValue)));
    }

    /** Load tests from k6 keep no samples: their p95 is compared by threshold alone, and the row says so. */
    private PerfRow withoutSamples(Benchmark current, Benchmark before) {
        Double now = current.reported();
        Double then = before.reported();
        if (current.kind() != Kind.LOAD_TEST || now == null || then == null || then == 0) {
            Benchmark lacking = current.sampleCount() == 0 ? current : before;
            return row(current, Verdict.INSUFFICIENT, GateStatus.FAILED, current.comparedValue(),
                    before.comparedValue(), null, null, "no raw samples in "
                            + (lacking == current ? "this run" : "the reference") + " to judge ("
                            + moreSamplesHint(lacking) + ")");
        }
        double slowdown = current.direction().slowdown(now / then);
        boolean regression = slowdown > 1 + policy.threshold();
        Verdict verdict = regression ? Verdict.REGRESSION
                : slowdown < 1 / (1 + policy.threshold()) ? Verdict.IMPROVEMENT : Verdict.UNCHANGED;
        return row(current, verdict,
                regression ? policy.regression().statusWhenViolated() : GateStatus.PASSED, now, then, null, null,
                String.format(Locale.ROOT, "%s: ratio %s by threshold alone (%s keeps no raw samples, so no "
                        + "significance test)", verdict.name().toLowerCase(Locale.ROOT), ratio(now / then),
                        current.format()));
    }

    private Optional<PerfRow> errorRateChange(Benchmark current, Benchmark before) {
        if (policy.maxErrorRateIncrease() == null || current.load() == null || before.load() == null) {
            return Optional.empty();
        }
        double now = current.load().errorRate() * 100;
        double then = before.load().errorRate() * 100;
        boolean over = now - then > policy.maxErrorRateIncrease();
        return Optional.of(new PerfRow(current.name(), "error rate vs reference (+"
                + number(policy.maxErrorRateIncrease()) + " pp)", over ? Verdict.REGRESSION : Verdict.UNCHANGED,
                over ? policy.limits().statusWhenViolated() : GateStatus.PASSED, now, then, "%", null, null, null,
                String.format(Locale.ROOT, "error rate %s %% (reference %s %%, %+.2f pp)", number(now), number(then),
                        now - then)));
    }

    private List<PerfRow> limits(Benchmark current) {
        List<PerfRow> rows = new ArrayList<>();
        LoadFigures load = current.load();
        limit(rows, current, "p95", load.p95(), policy.maxP95(), "ms");
        limit(rows, current, "p99", load.p99(), policy.maxP99(), "ms");
        limit(rows, current, "error rate", load.errorRate() * 100, policy.maxErrorRate(), "%");
        return rows;
    }

    private void limit(List<PerfRow> rows, Benchmark current, String figure, Double value, Double max, String unit) {
        if (max == null) {
            return;
        }
        String check = figure + " <= " + number(max) + " " + unit;
        if (value == null) {
            rows.add(new PerfRow(current.name(), check, Verdict.OVER_LIMIT, GateStatus.FAILED, null, null, unit,
                    null, null, null, "cannot check: the results have no " + figure
                            + (current.format().equals(K6SummaryReader.FORMAT)
                            ? " (run k6 with --summary-trend-stats including p(99))" : "")));
            return;
        }
        boolean over = value > max;
        rows.add(new PerfRow(current.name(), check, over ? Verdict.OVER_LIMIT : Verdict.WITHIN_LIMIT,
                over ? policy.limits().statusWhenViolated() : GateStatus.PASSED, value, null, unit, null, null, null,
                figure + " " + number(value) + " " + unit + (over ? " exceeds " : " within ") + number(max) + " "
                        + unit));
    }

    /** A comparison row with this run's sample count. */
    private static PerfRow row(Benchmark current, Verdict verdict, GateStatus status, Double now, Double then,
                               RatioInterval interval, Double pValue, String message) {
        return new PerfRow(current.name(), label(current), verdict, status, now, then, current.unit(), interval, pValue,
                current.sampleCount() == 0 ? null : String.valueOf(current.sampleCount()), message);
    }

    private static String label(Benchmark benchmark) {
        return (benchmark.kind() == Kind.LOAD_TEST ? "p95" : "median") + " vs reference";
    }

    private static String moreSamplesHint(Benchmark benchmark) {
        return switch (benchmark.format()) {
            case JmhJsonReader.FORMAT -> "run JMH with more forks or iterations";
            case PytestBenchmarkReader.FORMAT -> "run pytest with --benchmark-save-data and more rounds";
            case GoogleBenchmarkReader.FORMAT -> "run with --benchmark_repetitions=10, without aggregates_only";
            default -> "run more samples";
        };
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String percent(double fraction) {
        return number(fraction * 100) + " %";
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3g", value);
    }
}
