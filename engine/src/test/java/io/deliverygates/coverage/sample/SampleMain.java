package io.deliverygates.coverage.sample;

/** Drives the sample classes partly, so the real JaCoCo run has covered and missed code of every kind. */
public final class SampleMain implements Runnable {
    @Override
    public void run() {
        Shapes shapes = new Shapes();
        shapes.classify(3, 4, 5);
        shapes.classify(2, 2, 2);
        shapes.area(new Shapes.Rectangle(2, 3));
        new Greeter("en").greet("Ada");
    }
}
