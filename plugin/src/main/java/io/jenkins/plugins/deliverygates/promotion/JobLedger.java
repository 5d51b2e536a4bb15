package io.jenkins.plugins.deliverygates.promotion;

import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import java.nio.file.Files;

/**
 * Where a job's delivery ledger lives: {@code <job root dir>/delivery-ledger.jsonl}, next to its
 * {@code config.xml}. Jenkins moves the whole root directory when a job is renamed ({@code AbstractItem.renameTo})
 * or moved to another folder ({@code Items.move}) and deletes it with the job ({@code AbstractItem.performDelete}),
 * so the ledger follows the job without any listener. Ask for the ledger each time (do not keep the
 * {@link FileLedger}): after a rename it is somewhere else. The ledger is on the controller, never on an agent.
 */
public final class JobLedger {
    private JobLedger() {
    }

    /** The job's ledger (the file is created by the first event). */
    public static FileLedger of(Job<?, ?> job) {
        return FileLedger.inFolder(job.getRootDir().toPath());
    }

    /** Whether the job has recorded any event yet. */
    public static boolean exists(Job<?, ?> job) {
        return Files.exists(of(job).file());
    }

    /**
     * How a build ended, as the ledger says it: still running (null) or better than FAILURE is SUCCEEDED (unstable
     * tests do not undo a deployment); ABORTED and NOT_BUILT are ABORTED; the rest FAILED.
     */
    public static Outcome outcomeOf(Result result) {
        if (result == null || result.isBetterThan(Result.FAILURE)) {
            return Outcome.SUCCEEDED;
        }
        return result == Result.ABORTED || result == Result.NOT_BUILT ? Outcome.ABORTED : Outcome.FAILED;
    }

    /** The reference to a build that events carry: full job name, number and URL relative to Jenkins' root. */
    public static BuildRef buildRef(Run<?, ?> run) {
        return new BuildRef(run.getParent().getFullName(), run.getNumber(), run.getUrl());
    }
}
