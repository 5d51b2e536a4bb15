package io.deliverygates.coverage.gate;

/** What a condition's threshold is compared with. */
public enum Baseline {
    /** The current value itself: {@code line>=80}. */
    ABSOLUTE,
    /** The change against the reference build's value: {@code line:delta>=-0.5} tolerates a drop of 0.5 points. */
    DELTA
}
