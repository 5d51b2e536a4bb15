package io.jenkins.plugins.deliverygates.promotion;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.console.HyperlinkNote;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.deliverygates.common.DurationText;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.StartedDeployment;
import io.jenkins.plugins.deliverygates.BackgroundWork;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs {@link PromoteStep}: waits for approval when a submitter is set (no thread is held), then checks the
 * environment order and records the start in a background thread (the ledger is read for the rules), runs the
 * body, and records the end when the body ends, again in a background thread: ledger writes wait for the ledger's
 * file lock and never run on the CPS VM thread. Everything kept here is serializable, and {@link #phase} says where
 * the step stood, so {@link #onResume} after a controller restart continues or closes whatever was under way and
 * no started deployment stays open in the ledger.
 */
final class PromoteStepExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(PromoteStepExecution.class.getName());

    /** Where the step stands; saved with the program. */
    enum Phase {
        /** Waiting for a person to approve or reject. */
        WAITING_FOR_APPROVAL,
        /** Checking the order and recording the start (background); {@link #started} is set once it is recorded. */
        STARTING,
        /** The body (the deployment) runs; its callback records the end. */
        DEPLOYING,
        /** Recording the end (background); {@link #endOutcome} says how the body ended. */
        FINISHING
    }

    private final PromotionParameters parameters;
    private volatile Phase phase = Phase.STARTING;
    /** Set while waiting for approval. */
    private volatile String approvalId;
    /** The DEPLOYMENT_STARTED event, once recorded. */
    private volatile RecordedStart started;
    /** How the body ended, while the end is being recorded. */
    private volatile Outcome endOutcome;
    private volatile String endMessage;

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
        phase = Phase.WAITING_FOR_APPROVAL;
        PromotionApprovalAction action = PromotionApprovalAction.of(run);
        action.add(new PendingApproval(approvalId, parameters.to(), parameters.version(), parameters.submitter()));
        getContext().get(TaskListener.class).getLogger().println(Messages.PromoteStep_NeedsApproval(
                parameters.version(), parameters.to(), parameters.submitter(),
                HyperlinkNote.encodeTo("/" + run.getUrl() + action.getUrlName() + "/",
                        Messages.PromoteStep_ApproveOrReject())));
        return false;
    }

    /**
     * Called by {@link PromotionApprovalAction} when someone allowed to decides.
     *
     * @return whether this execution was the one waiting for {@code id} (and has now acted on the decision)
     */
    boolean settle(String id, boolean approved, String userId) {
        if (!id.equals(approvalId)) {
            return false;
        }
        approvalId = null;
        try {
            getContext().get(TaskListener.class).getLogger().println(approved
                    ? Messages.PromoteStep_Approved(userId) : Messages.PromoteStep_Rejected(userId));
        } catch (IOException | InterruptedException e) {
            // only the log line is lost; the decision stands
        }
        if (approved) {
            phase = Phase.STARTING;
            run(this::deploy);
        } else {
            getContext().onFailure(new FlowInterruptedException(Result.ABORTED, true,
                    new CauseOfInterruption.UserInterruption(userId)));
        }
        return true;
    }

    String approvalId() {
        return approvalId;
    }

    /** Background: checks the order, records the start, then starts the body. */
    private void deploy() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        StartedDeployment deployment = parameters.begin(run, getContext().get(FilePath.class));
        started = RecordedStart.of(deployment);
        getContext().saveState();
        getContext().get(TaskListener.class).getLogger().println(Messages.PromoteStep_Deploying(
                deployment.version(), deployment.environment(), deployment.deploymentId(),
                deployment.started().commits().size()));
        getContext().newBodyInvoker().withCallback(new Finish()).start();
        phase = Phase.DEPLOYING;
        getContext().saveState();
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

    /**
     * After a restart: an approval still waits (its page survives), a running body resumes by itself; but a start
     * or an end that was being recorded in a background thread is gone, so it is closed here.
     */
    @Override
    public void onResume() {
        switch (phase) {
            case STARTING -> BackgroundWork.submit(this::abortUnstartedDeployment);
            case FINISHING -> BackgroundWork.submit(() -> finish(getContext()));
            default -> {
                // waiting for approval or deploying: nothing was cut short
            }
        }
    }

    /** The restart came before the body ran: records the start's end (if it was recorded) and fails the step. */
    private void abortUnstartedDeployment() {
        String message = Messages.PromoteStep_RestartedBeforeDeployment(parameters.version(), parameters.to());
        try {
            Run<?, ?> run = getContext().get(Run.class);
            Optional<StartedDeployment> open = started != null ? Optional.of(started.deployment())
                    : unfinishedStartOf(run);
            if (open.isPresent()) {
                parameters.promoter(run).finish(open.get(), Outcome.ABORTED, message);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not close the deployment cut short by a restart", e);
        }
        getContext().onFailure(new AbortException(message));
    }

    /** The start this build recorded for this promotion but did not finish (the restart came before it was kept). */
    private Optional<StartedDeployment> unfinishedStartOf(Run<?, ?> run) throws IOException {
        List<LedgerEvent> events = JobLedger.of(run.getParent()).events();
        for (int i = events.size() - 1; i >= 0; i--) {
            LedgerEvent event = events.get(i);
            if (event.type() == EventType.DEPLOYMENT_STARTED && event.build() != null
                    && event.build().number() == run.getNumber() && parameters.to().equals(event.environment())
                    && parameters.version().equals(event.version())) {
                boolean finished = events.stream().anyMatch(e -> e.type() == EventType.DEPLOYMENT_FINISHED
                        && event.deploymentId().equals(e.deploymentId()));
                return finished ? Optional.empty() : Optional.of(new StartedDeployment(event));
            }
        }
        return Optional.empty();
    }

    @Override
    public @NonNull String getStatus() {
        return switch (phase) {
            case WAITING_FOR_APPROVAL -> Messages.PromoteStep_StatusWaiting(parameters.submitter());
            case STARTING -> Messages.PromoteStep_StatusStarting(parameters.version(), parameters.to());
            case DEPLOYING -> Messages.PromoteStep_StatusDeploying(parameters.version(), parameters.to());
            case FINISHING -> Messages.PromoteStep_StatusFinishing();
        };
    }

    /** Background: records the end ({@link #endOutcome}) unless the ledger has it already, then ends the step. */
    private void finish(StepContext context) {
        try {
            Run<?, ?> run = context.get(Run.class);
            StartedDeployment deployment = started.deployment();
            boolean recorded = JobLedger.of(run.getParent()).events().stream()
                    .anyMatch(e -> e.type() == EventType.DEPLOYMENT_FINISHED
                            && deployment.deploymentId().equals(e.deploymentId()));
            if (!recorded) {
                LedgerEvent finished = parameters.promoter(run).finish(deployment, endOutcome, endMessage);
                context.get(TaskListener.class).getLogger().println(Messages.PromoteStep_Recorded(
                        finished.version(), finished.environment(), endOutcome,
                        DurationText.format(finished.duration())));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            context.onFailure(e);
            return;
        }
        if (endOutcome == Outcome.SUCCEEDED) {
            context.onSuccess(null);
        } else {
            context.onFailure(new AbortException(endMessage));
        }
    }

    /** Hands the end of the body to a background thread, which records it and then ends the step. */
    private final class Finish extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        @Override
        public void onSuccess(StepContext context, Object result) {
            ending(context, Outcome.SUCCEEDED, null);
            BackgroundWork.submit(() -> {
                finish(context, result, null);
            });
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            ending(context, t instanceof FlowInterruptedException ? Outcome.ABORTED : Outcome.FAILED,
                    t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            BackgroundWork.submit(() -> finish(context, null, t));
        }

        private void ending(StepContext context, Outcome outcome, String message) {
            endOutcome = outcome;
            endMessage = message;
            phase = Phase.FINISHING;
            try {
                context.saveState();
            } catch (RuntimeException e) {
                LOGGER.log(Level.FINE, "could not save the step's state", e);
            }
        }

        /** Records the end, then passes the body's own result or failure on (not a substitute). */
        private void finish(StepContext context, Object result, Throwable failure) {
            try {
                Run<?, ?> run = context.get(Run.class);
                LedgerEvent finished = parameters.promoter(run).finish(started.deployment(), endOutcome, endMessage);
                context.get(TaskListener.class).getLogger().println(Messages.PromoteStep_Recorded(
                        finished.version(), finished.environment(), endOutcome,
                        DurationText.format(finished.duration())));
            } catch (IOException | InterruptedException | RuntimeException e) {
                if (failure == null) {
                    context.onFailure(e);
                    return;
                }
                failure.addSuppressed(e);
            }
            if (failure == null) {
                context.onSuccess(result);
            } else {
                context.onFailure(failure);
            }
        }
    }
}
