package io.jenkins.plugins.deliverygates;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * The execution of every gate step: runs its {@link GateCheck} off the CPS thread (the work itself happens on the
 * agent, through each gate's callable) and returns the check's map as the step's value.
 */
public final class GateStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    /** Transient like other non-resumable steps' state: a restart fails this step rather than re-running it. */
    @SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED", justification = "Only used when starting.")
    private final transient GateCheck check;

    public GateStepExecution(StepContext context, GateCheck check) {
        super(context);
        this.check = check;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        return check.run(new GateContext(context.get(Run.class), context.get(FilePath.class),
                context.get(Launcher.class), context.get(TaskListener.class), context.get(FlowNode.class)));
    }
}
