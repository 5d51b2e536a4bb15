package io.deliverygates.dashboard.chart;

/**
 * A y axis from zero to a "nice" top (1, 2, 2.5 or 5 times a power of ten) divided into equal ticks, so axis
 * labels read as round numbers.
 *
 * @param top   the value at the top of the axis
 * @param step  the distance between two ticks
 * @param ticks the number of steps from zero to the top
 */
public record Scale(double top, double step, int ticks) {
    private static final double[] NICE = {1, 2, 2.5, 5, 10};
    private static final int MAX_TICKS = 5;

    /** The smallest nice scale from zero that holds {@code max}; a scale of 0..1 when there is nothing to show. */
    public static Scale forMax(double max) {
        if (!(max > 0) || Double.isInfinite(max)) {
            return new Scale(1, 0.2, MAX_TICKS);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max / MAX_TICKS)));
        for (double nice : NICE) {
            double step = nice * magnitude;
            int ticks = (int) Math.ceil(max / step - 1e-9);
            if (ticks <= MAX_TICKS) {
                return new Scale(step * ticks, step, Math.max(ticks, 1));
            }
        }
        throw new IllegalStateException("no nice scale for " + max);
    }

    /** The value of tick {@code i} (0 is the bottom). */
    public double tick(int i) {
        return step * i;
    }

    /** A short label for a tick: no decimals for whole numbers, otherwise as few as the step needs. */
    public String label(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return Long.toString(Math.round(value));
        }
        int decimals = step >= 0.1 ? (step * 10 % 1 == 0 ? 1 : 2) : 3;
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
