package io.deliverygates.health;

/** Takes one measurement of a service. Implementations never throw for a sick service: that is a measurement. */
@FunctionalInterface
public interface Probe {
    Measurement measure() throws InterruptedException;
}
