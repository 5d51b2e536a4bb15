package io.jenkins.plugins.deliverygates.performance;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.performance.Method;
import io.deliverygates.performance.MissingPolicy;
import io.deliverygates.performance.PerfPolicy;
import io.deliverygates.performance.ResultFormat;
import io.jenkins.plugins.deliverygates.quality.QualityGateParameters;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters shared by the {@code performanceGate} Pipeline step and the freestyle build step, as typed by the
 * user: result globs per format (comma separated, relative to the workspace), the statistics' settings, the
 * load-test limits and the reference job. Null numbers and names take the engine's defaults.
 */
public record PerformanceGateParameters(String jmh, String pytest, String googleBenchmark, String jmeter, String k6,
                                        Double threshold, Double confidence, String method, Integer minSamples,
                                        String regression, String missing, boolean requireReference, Double maxP95,
                                        Double maxP99, Double maxErrorRate, Double maxErrorRateIncrease,
                                        String limits, String referenceJob) implements Serializable {

    /**
     * The result files to read, per format, for the engine's loader.
     *
     * @throws InputException (UNSAFE) for a pattern that leaves the workspace
     */
    public Map<ResultFormat, List<String>> results() {
        Map<ResultFormat, List<String>> results = new EnumMap<>(ResultFormat.class);
        results.put(ResultFormat.JMH, QualityGateParameters.inWorkspace(jmh, "jmh"));
        results.put(ResultFormat.PYTEST, QualityGateParameters.inWorkspace(pytest, "pytest"));
        results.put(ResultFormat.GOOGLE_BENCHMARK, QualityGateParameters.inWorkspace(googleBenchmark, "googleBenchmark"));
        results.put(ResultFormat.JMETER, QualityGateParameters.inWorkspace(jmeter, "jmeter"));
        results.put(ResultFormat.K6, QualityGateParameters.inWorkspace(k6, "k6"));
        if (results.values().stream().allMatch(List::isEmpty)) {
            throw new InputException(Problem.INVALID_PARAMETER, "jmh/pytest/googleBenchmark/jmeter/k6",
                    Messages.PerformanceGate_NoResults());
        }
        return results;
    }

    /** The engine's settings; a bad value is an InputException naming its parameter. */
    public PerfPolicy policy() {
        PerfPolicy defaults = PerfPolicy.DEFAULTS;
        return new PerfPolicy(threshold == null ? defaults.threshold() : threshold / 100,
                confidence == null ? defaults.confidence() : confidence,
                named(Method.class, method, defaults.method(), "method"), defaults.resamples(), defaults.seed(),
                minSamples == null ? defaults.minSamples() : minSamples,
                named(Criticality.class, regression, defaults.regression(), "regression"),
                named(MissingPolicy.class, missing, defaults.missing(), "missing"), requireReference, maxP95, maxP99,
                maxErrorRate, maxErrorRateIncrease, named(Criticality.class, limits, defaults.limits(), "limits"));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, E fallback, String parameter) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.INVALID_PARAMETER, parameter, Messages.PerformanceGate_NotOneOf(value,
                    java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
        }
    }
}
