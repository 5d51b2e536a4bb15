package io.deliverygates.metrics;

import java.time.Duration;

/** The bucket size of trend series. */
public enum Granularity {
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7));

    private final Duration length;

    Granularity(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** Days for windows up to 31 days, weeks for longer ones (keeps charts at 7-31 points for 7/30/90 days). */
    public static Granularity auto(Window window) {
        return window.length().compareTo(Duration.ofDays(31)) <= 0 ? DAY : WEEK;
    }
}
