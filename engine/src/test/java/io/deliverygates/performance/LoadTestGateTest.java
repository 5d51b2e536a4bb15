package io.deliverygates.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.GateStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Load tests: p95 against the reference (with samples for JMeter, by threshold for k6), and absolute limits. */
class LoadTestGateTest {
    private static PerfGate gate(Double maxP95, Double maxP99, Double maxErrorRate, Double maxIncrease) {
        return new PerfGate(new PerfPolicy(0.10, 0.95, Method.BOOTSTRAP, 2000, PerfPolicy.DEFAULT_SEED, 5,
                Criticality.FAILURE, MissingPolicy.FAILURE, false, maxP95, maxP99, maxErrorRate, maxIncrease,
                Criticality.UNSTABLE));
    }

    @Test
    void jtlLabelsAreLoadTestsWithTheirPercentilesAndErrors() {
        Benchmark search = RealResults.read(ResultFormat.JMETER, "jmeter-slow.jtl").get(1);

        assertThat(search.name()).isEqualTo("search");
        assertThat(search.kind()).isEqualTo(Kind.LOAD_TEST);
        assertThat(search.load().requests()).isEqualTo(300);
        assertThat(search.load().errors()).isEqualTo(12); // every 25th of 300
        double[] sorted = search.pooled();
        Arrays.sort(sorted);
        // p95 of 300 values lies between the 285th and 286th smallest (0-based 284.05)
        assertThat(search.load().p95()).isBetween(sorted[284], sorted[285]);
    }

    @Test
    void aSlowerJmeterRunIsAP95RegressionAndItsErrorsBreakTheLimits() {
        PerfResult result = gate(80.0, null, 1.0, 2.0).evaluate(RealResults.run(ResultFormat.JMETER, "jmeter-slow.jtl"),
                RealResults.summary(ResultFormat.JMETER, "jmeter-run1.jtl"));

        assertThat(result.rows()).filteredOn(row -> row.benchmark().equals("search"))
                .extracting(PerfRow::check, PerfRow::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p95 vs reference", Verdict.REGRESSION),
                        org.assertj.core.groups.Tuple.tuple("error rate vs reference (+2 pp)", Verdict.REGRESSION),
                        org.assertj.core.groups.Tuple.tuple("p95 <= 80 ms", Verdict.OVER_LIMIT),
                        org.assertj.core.groups.Tuple.tuple("error rate <= 1 %", Verdict.OVER_LIMIT));
        assertThat(result.rows()).filteredOn(row -> row.benchmark().equals("home")
                && row.check().startsWith("p95 vs")).singleElement()
                .satisfies(row -> {
                    assertThat(row.verdict()).isEqualTo(Verdict.REGRESSION);
                    assertThat(row.interval().ratio()).isGreaterThan(1.1);
                    assertThat(row.interval().low()).isGreaterThan(1);
                });
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void aLimitOnlyRunIsUnstableWithTheLimitsCriticality() {
        PerfResult result = gate(80.0, null, null, null).evaluate(
                RealResults.run(ResultFormat.JMETER, "jmeter-slow.jtl"), null);

        assertThat(result.status()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(result.problems()).extracting(PerfRow::verdict).containsOnly(Verdict.OVER_LIMIT);
    }

    @Test
    void twoJmeterRunsOfTheSameServiceAreUnchanged() {
        PerfResult result = gate(null, null, null, null).evaluate(RealResults.run(ResultFormat.JMETER, "jmeter-run2.jtl"),
                RealResults.summary(ResultFormat.JMETER, "jmeter-run1.jtl"));

        assertThat(result.rows()).extracting(PerfRow::verdict).containsOnly(Verdict.UNCHANGED);
    }

    @Test
    void k6IsComparedByThresholdAloneAndSaysSo() {
        PerfResult result = gate(null, null, null, null).evaluate(RealResults.run(ResultFormat.K6, "k6-slow.json"),
                RealResults.summary(ResultFormat.K6, "k6-run1.json"));

        PerfRow row = result.rows().get(0);
        assertThat(row.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(row.interval()).isNull();
        assertThat(row.message()).contains("ratio 1.333").contains("no significance test");
    }

    @Test
    void aP99LimitOnAK6RunWithoutP99FailsInsteadOfPassing() {
        PerfResult result = gate(null, 500.0, null, null).evaluate(RealResults.run(ResultFormat.K6, "k6-slow.json"),
                null);

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.problems()).singleElement().satisfies(row ->
                assertThat(row.message()).contains("no p99").contains("--summary-trend-stats"));
    }

    @Test
    void k6ErrorRateIsTheFailedRequestsShare() {
        Benchmark duration = RealResults.read(ResultFormat.K6, "k6-slow.json").get(0);

        assertThat(duration.load().errorRate()).isEqualTo(40.0 / 1180);
        assertThat(duration.load().p99()).isNull();
    }

    @Test
    void aLoadTestWithThousandsOfSamplesIsStoredCompactly() {
        double[] many = new double[10_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = 10 + (i * 7919 % 10_000) / 100.0;
        }
        Benchmark big = new Benchmark("big", "JMeter JTL", Kind.LOAD_TEST, "ms", Direction.LOWER_IS_BETTER,
                new double[][] {many}, null, null);

        Benchmark stored = PerfSummary.compact(big);

        assertThat(stored.sampleCount()).isEqualTo(PerfSummary.MAX_STORED_SAMPLES);
        assertThat(Quantiles.of(stored.pooled(), 0.95)).isCloseTo(Quantiles.of(many, 0.95),
                org.assertj.core.data.Percentage.withPercentage(0.5));
    }
}
