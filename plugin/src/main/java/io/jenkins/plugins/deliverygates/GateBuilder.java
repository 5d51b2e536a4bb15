package io.jenkins.plugins.deliverygates;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.plugins.workflow.steps.Step;

/**
 * A freestyle build step whose whole configuration is its Pipeline step (a nested field, shown with
 * {@code f:property}; its descriptor is a {@link StepBuilderDescriptor}): it runs the step's {@link GateCheck} in the
 * build, and the verdict sets the build result (UNSTABLE marks the build unstable, FAILED fails it).
 */
public abstract class GateBuilder<S extends Step & GateStep> extends Builder implements SimpleBuildStep {
    private final S step;

    protected GateBuilder(S step) {
        this.step = step;
    }

    /** The Pipeline step; each builder returns it from the getter named like its constructor's parameter. */
    protected final S step() {
        return step;
    }

    @Override
    public final void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        step.check().run(GateContext.freestyle(run, workspace, launcher, listener));
    }
}
