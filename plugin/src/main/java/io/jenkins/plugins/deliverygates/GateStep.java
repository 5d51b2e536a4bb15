package io.jenkins.plugins.deliverygates;

/** A Pipeline step whose work its freestyle build step runs too: the gate with the step's parameters bound. */
public interface GateStep {
    GateCheck check();
}
