package io.deliverygates.metrics;

/** A DORA performance level, best first. */
public enum Level {
    ELITE,
    HIGH,
    MEDIUM,
    LOW
}
