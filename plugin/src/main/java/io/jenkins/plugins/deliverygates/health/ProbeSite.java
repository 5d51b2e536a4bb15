package io.jenkins.plugins.deliverygates.health;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.deliverygates.health.HttpProbe;
import io.deliverygates.health.Measurement;
import io.deliverygates.health.ProbeSpec;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Where a health probe runs: on the agent that holds the workspace ({@link ProbeCallable}), or — only for a URL an
 * administrator allowed ({@link HealthProbeSettings}) — on the controller, and then without the response body in
 * what comes back, so the controller's network position never shows anything to the job beyond pass or fail.
 */
final class ProbeSite {
    private ProbeSite() {
    }

    /** Takes one measurement on the workspace's agent; an offline agent is an errored measurement, not a crash. */
    static Measurement onAgent(FilePath workspace, ProbeSpec spec) throws InterruptedException {
        VirtualChannel channel = workspace == null ? null : workspace.getChannel();
        if (channel == null) {
            return Measurement.error(Clock.systemUTC().instant(), Duration.ZERO, Messages.ProbeSite_AgentOffline());
        }
        try {
            return channel.call(new ProbeCallable(spec));
        } catch (IOException e) {
            return Measurement.error(Clock.systemUTC().instant(), Duration.ZERO,
                    Messages.ProbeSite_AgentFailed(e.getMessage()));
        }
    }

    /** Takes one measurement from the controller (allow-listed URLs only), dropping the body excerpt. */
    static Measurement onController(ProbeSpec spec) throws InterruptedException {
        Measurement taken = new HttpProbe(spec, Clock.systemUTC()).measure();
        return new Measurement(taken.time(), taken.result(), taken.status(), taken.latency(), taken.detail(), "");
    }
}
