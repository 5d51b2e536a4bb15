package io.jenkins.plugins.deliverygates.promotion;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import io.deliverygates.common.InputException;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.RecordedArtifact;
import io.deliverygates.promotion.EnvironmentChain;
import io.deliverygates.promotion.Promoter;
import io.deliverygates.promotion.PromotionRefusedException;
import io.deliverygates.promotion.PromotionRequest;
import io.deliverygates.promotion.StartedDeployment;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * What a promotion was asked for, shared by the Pipeline step and the freestyle builder, and the one place where
 * the plugin calls the promotion engine. A plain serializable class (kept in program.dat and build.xml).
 */
final class PromotionParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String to;
    private final String version;
    private final String environments;
    private final String submitter;
    private final String fixesIncident;
    /** Workspace-relative artifacts to record with the deployment; null in promotions saved before they existed. */
    private final String artifacts;

    /**
     * @param to            the target environment
     * @param version       the version deployed
     * @param environments  the job's environment order, or null for the default
     * @param submitter     who may approve (null: no approval)
     * @param fixesIncident the incident fixed, or null
     */
    PromotionParameters(String to, String version, String environments, String submitter, String fixesIncident) {
        this(to, version, environments, submitter, fixesIncident, null);
    }

    /** @param artifacts files relative to the workspace, separated by commas or new lines, or null */
    PromotionParameters(String to, String version, String environments, String submitter, String fixesIncident,
            String artifacts) {
        this.artifacts = artifacts;
        this.to = to;
        this.version = version;
        this.environments = environments;
        this.submitter = submitter;
        this.fixesIncident = fixesIncident;
    }

    String to() {
        return to;
    }

    String version() {
        return version;
    }

    String submitter() {
        return submitter;
    }

    /**
     * Checks the environment order and records the start of the deployment in the job's ledger.
     *
     * @throws AbortException when the order refuses it or a parameter is wrong, with the engine's message
     */
    StartedDeployment begin(Run<?, ?> run, FilePath workspace) throws IOException, InterruptedException {
        if (to == null || version == null) {
            throw new AbortException(Messages.PromoteStep_ToAndVersionRequired());
        }
        try {
            List<RecordedArtifact> recorded = DeployedArtifacts.store(run, workspace, artifacts);
            return promoter(run).begin(new PromotionRequest(to, version, DeploymentCommits.of(run),
                    JobLedger.buildRef(run), fixesIncident, recorded));
        } catch (PromotionRefusedException | InputException e) {
            throw new AbortException(Messages.PromoteStep_Refused(e.getMessage()));
        }
    }

    /** The engine's promoter over the job's ledger. */
    Promoter promoter(Run<?, ?> run) {
        FileLedger ledger = JobLedger.of(run.getParent());
        return new Promoter(EnvironmentChain.choose(environments, PromotionSettings.get().getEnvironments()),
                ledger, ledger, Clock.systemUTC());
    }
}
