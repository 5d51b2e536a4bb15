package io.jenkins.plugins.deliverygates.promotion;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.console.HyperlinkNote;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.StartedDeployment;
import java.io.IOException;
import java.util.UUID;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs {@link PromoteStep}: waits for approval when a submitter is set (no thread is held), then checks the
 * environment order and records the start in a background thread (the ledger is read for the rules), runs the
 * body, and records the end when the body ends. Everything kept here is serializable, so a controller restart
 * while waiting for approval or while the body runs resumes where it was.
 */
final class PromoteStepExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;

    private final PromotionParameters parameters;
    /** Set while waiting for approval. */
    private String approvalId;
    /** The DEPLOYMENT_STARTED event, once recorded. */
    private RecordedStart started;

    PromoteStepExecution(StepContext context, PromotionParameters parameters) {
        super(context);
        this.parameters = parameters;
    }

    @Override
    public boolean start() throws Exception {
        if (parameters.submitter() == null) {
            run(this::deploy);
            return false;
        }
        Run<?, ?> run = getContext().get(Run.class);
        approvalId = UUID.randomUUID().toString();
        PromotionApprovalAction action = PromotionApprovalAction.of(run);
        action.add(new PendingApproval(approvalId, parameters.to(), parameters.version(), parameters.submitter()));
        getContext().get(TaskListener.class).getLogger().println("Deploying " + parameters.version() + " to "
                + parameters.to() + " needs the approval of " + parameters.submitter() + ": "
                + HyperlinkNote.encodeTo("/" + run.getUrl() + action.getUrlName() + "/", "approve or reject"));
        return false;
    }

    /** Called by {@link PromotionApprovalAction} when someone allowed to decides. */
    void settle(String id, boolean approved, String userId) {
        if (!id.equals(approvalId)) {
            return;
        }
        approvalId = null;
        try {
            getContext().get(TaskListener.class).getLogger().println(
                    (approved ? "Approved" : "Rejected") + " by " + userId);
        } catch (IOException | InterruptedException e) {
            // only the log line is lost; the decision stands
        }
        if (approved) {
            run(this::deploy);
        } else {
            getContext().onFailure(new FlowInterruptedException(Result.ABORTED, true,
                    new CauseOfInterruption.UserInterruption(userId)));
        }
    }

    String approvalId() {
        return approvalId;
    }

    private void deploy() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        StartedDeployment deployment = parameters.begin(run, getContext().get(FilePath.class));
        started = RecordedStart.of(deployment);
        getContext().get(TaskListener.class).getLogger().println("Deploying " + deployment.version() + " to "
                + deployment.environment() + " (deployment " + deployment.deploymentId() + ", "
                + deployment.started().commits().size() + " commit(s))");
        getContext().saveState();
        getContext().newBodyInvoker().withCallback(new Finish()).start();
    }

    @Override
    public void stop(@NonNull Throwable cause) throws Exception {
        String waiting = approvalId;
        if (waiting != null) {
            approvalId = null;
            PromotionApprovalAction.of(getContext().get(Run.class)).remove(waiting);
        }
        super.stop(cause);
    }

    @Override
    public @NonNull String getStatus() {
        if (approvalId != null) {
            return "waiting for approval by " + parameters.submitter();
        }
        return started == null ? super.getStatus() : "deploying " + parameters.version() + " to " + parameters.to();
    }

    /** Records the end of the deployment: the body's success or failure is the deployment's. */
    private final class Finish extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        @Override
        public void onSuccess(StepContext context, Object result) {
            try {
                record(context, Outcome.SUCCEEDED, null);
            } catch (IOException | InterruptedException | RuntimeException e) {
                context.onFailure(e);
                return;
            }
            context.onSuccess(result);
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            try {
                record(context, t instanceof FlowInterruptedException ? Outcome.ABORTED : Outcome.FAILED,
                        t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            } catch (IOException | InterruptedException | RuntimeException e) {
                t.addSuppressed(e);
            }
            context.onFailure(t);
        }

        private void record(StepContext context, Outcome outcome, String message)
                throws IOException, InterruptedException {
            Run<?, ?> run = context.get(Run.class);
            LedgerEvent finished = parameters.promoter(run).finish(started.deployment(), outcome, message);
            context.get(TaskListener.class).getLogger().println("Recorded the deployment of "
                    + finished.version() + " to " + finished.environment() + ": " + outcome + " after "
                    + io.deliverygates.common.DurationText.format(finished.duration()));
        }
    }
}
