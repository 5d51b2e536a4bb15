package io.deliverygates.promotion;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * One stage of the delivery chain.
 *
 * @param name        the environment's name as recorded in the ledger, e.g. {@code staging}
 * @param minimumSoak how long a version must have been successfully deployed here before it may enter the next
 *                    environment ({@link Duration#ZERO} for no wait)
 */
public record Environment(String name, Duration minimumSoak) implements Serializable {
    public Environment {
        Objects.requireNonNull(name, "name");
        minimumSoak = minimumSoak == null ? Duration.ZERO : minimumSoak;
    }

    @Override
    public String toString() {
        return minimumSoak.isZero() ? name : name + ":" + io.deliverygates.common.DurationText.format(minimumSoak);
    }
}
