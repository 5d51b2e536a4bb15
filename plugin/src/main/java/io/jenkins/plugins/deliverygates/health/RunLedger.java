package io.jenkins.plugins.deliverygates.health;

import hudson.model.Run;
import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.FileLedger;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;

/** The job's ledger (a file in the job's folder, so it moves with a rename and goes with a delete). */
final class RunLedger {
    private RunLedger() {
    }

    static FileLedger of(Run<?, ?> run) {
        return JobLedger.of(run.getParent());
    }

    static BuildRef buildOf(Run<?, ?> run) {
        return JobLedger.buildRef(run);
    }
}
