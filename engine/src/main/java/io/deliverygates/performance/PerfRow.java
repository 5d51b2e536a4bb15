package io.deliverygates.performance;

import io.deliverygates.common.GateStatus;
import java.io.Serializable;

/**
 * One line of the gate's result: a benchmark's comparison with the reference, or a load-test limit.
 *
 * @param benchmark the benchmark's name
 * @param check what was checked, e.g. "median vs reference", "p95 <= 500 ms", "error rate vs reference"
 * @param current this run's figure (median, p95, error rate in %), or null
 * @param reference the reference's figure, or null
 * @param unit the figures' unit
 * @param interval ratio current/reference with its confidence interval, or null when not compared by samples
 * @param pValue the Mann-Whitney p-value when that method is used, or null
 * @param samples this run's samples / the reference's samples, e.g. "12/12", or null
 */
public record PerfRow(String benchmark, String check, Verdict verdict, GateStatus status, Double current,
                      Double reference, String unit, RatioInterval interval, Double pValue, String samples,
                      String message) implements Serializable {
}
