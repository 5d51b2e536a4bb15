package io.deliverygates.coverage.gate;

import io.deliverygates.common.GateStatus;
import java.io.Serializable;

/**
 * One row of a gate result. {@code actual} is the current value (percent or missed count), {@code reference} the
 * reference build's value and {@code delta} their difference; each is null where it does not apply or is unknown.
 * {@code status} is what this row does to the build; {@code message} says it in a sentence.
 */
public record ConditionResult(String condition, Condition parsed, Verdict verdict, GateStatus status, Double actual,
                              Double reference, Double delta, String message) implements Serializable {
}
