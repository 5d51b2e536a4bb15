package io.deliverygates.coverage.sample;

/** One half of a split test run: only the shapes. */
public final class ShapesRun implements Runnable {
    @Override
    public void run() {
        new Shapes().classify(3, 3, 5);
    }
}
