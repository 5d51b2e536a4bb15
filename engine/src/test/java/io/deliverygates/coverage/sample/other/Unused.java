package io.deliverygates.coverage.sample.other;

/** Never run: a package whose classes are all missed. */
public final class Unused {
    public int twice(int value) {
        return value > 0 ? value * 2 : 0;
    }
}
