package io.jenkins.plugins.deliverygates;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.util.function.Function;
import jenkins.model.Jenkins;

/**
 * Finds the reference build of a gate: the last successful build of the same job, or of the job named by the
 * {@code referenceJob} parameter, that carries the gate's stored summary (an action of the given type).
 */
public final class ReferenceBuilds {
    /** How many successful builds to walk back to find one with a stored summary; keeps old jobs fast. */
    static final int MAX_BUILDS_SEARCHED = 50;

    private ReferenceBuilds() {
    }

    /**
     * @param referenceJob blank for the current job; otherwise a job name, absolute ({@code /folder/job}) or relative
     *                     to the current job's folder. The build's authentication must be able to read it.
     * @param type         the gate's action, stored with each build it ran in
     * @param summaryOf    reads the stored summary from the action (null when it is gone)
     * @return the stored summary of the newest successful build carrying the action, and that build's id; both null
     *         when there is none or its summary is gone
     * @throws InputException (INVALID_PARAMETER, naming {@code referenceJob}) when the job does not exist or may not be read
     */
    public static <A extends Action, S> Reference<S> summary(Run<?, ?> current, String referenceJob, Class<A> type,
            Function<A, S> summaryOf) {
        Job<?, ?> job = job(current, referenceJob);
        Run<?, ?> run = job.getLastSuccessfulBuild();
        for (int i = 0; run != null && i < MAX_BUILDS_SEARCHED; i++, run = run.getPreviousSuccessfulBuild()) {
            if (run != current) {
                A action = run.getAction(type);
                if (action != null) {
                    S summary = summaryOf.apply(action);
                    return summary == null ? new Reference<>(null, null)
                            : new Reference<>(summary, run.getExternalizableId());
                }
            }
        }
        return new Reference<>(null, null);
    }

    /** A reference build's stored summary and its id ({@code job#number}); both null when there is none. */
    public record Reference<S>(@CheckForNull S summary, @CheckForNull String buildId) {
    }

    private static Job<?, ?> job(Run<?, ?> current, String referenceJob) {
        String name = Util.fixEmptyAndTrim(referenceJob);
        if (name == null) {
            return current.getParent();
        }
        Job<?, ?> job = Jenkins.get().getItem(name, current.getParent(), Job.class);
        if (job == null || !job.hasPermission(Item.READ)) {
            throw new InputException(Problem.INVALID_PARAMETER, "referenceJob",
                    Messages.ReferenceBuilds_NoJob(name));
        }
        return job;
    }
}
