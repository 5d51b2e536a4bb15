package io.deliverygates.coverage.sample;

/** The other half of a split test run: only the greeter, plus one shape the first half does not classify. */
public final class GreeterRun implements Runnable {
    @Override
    public void run() {
        new Greeter("de").greet("Grace");
        new Shapes().classify(0, 1, 1);
    }
}
