package io.jenkins.plugins.deliverygates.health;

import io.deliverygates.health.HttpProbe;
import io.deliverygates.health.Measurement;
import io.deliverygates.health.ProbeSpec;
import java.time.Clock;
import jenkins.security.MasterToSlaveCallable;

/**
 * One health measurement taken on the agent, from the agent's network position (never the controller's). The spec
 * carries the token header from the credential over the agent channel, like any secret a step hands to its agent;
 * only the measurement (status, latency, detail, body excerpt — never headers) comes back.
 */
final class ProbeCallable extends MasterToSlaveCallable<Measurement, InterruptedException> {
    private static final long serialVersionUID = 1L;

    private final ProbeSpec spec;

    ProbeCallable(ProbeSpec spec) {
        this.spec = spec;
    }

    @Override
    public Measurement call() throws InterruptedException {
        return new HttpProbe(spec, Clock.systemUTC()).measure();
    }
}
