package io.deliverygates.metrics;

import io.deliverygates.ledger.Commit;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead times of one scope: each commit's earliest successful deployment in it (its slot in the job's
 * {@link FirstDeployments}) and the samples those give, stamped with the deployment's end. Two scopes share one while
 * they hold the same deployments — the production set and its only production environment, the usual case — so a
 * commit's lead time is worked out once for both, until a second production environment appears and each gets its
 * own ({@link #copy}).
 */
final class LeadTimes {
    private final int slot;
    private final DailySamples samples;
    /** The scopes reading these samples: their figures change when an earlier deployment replaces a first one. */
    private final List<ScopeState> scopes = new ArrayList<>(2);
    /** The last deployment added: the second scope sharing this adds the same deployment right after the first. */
    private Deployment last;

    LeadTimes(int slot) {
        this(slot, new DailySamples());
    }

    private LeadTimes(int slot, DailySamples samples) {
        this.slot = slot;
        this.samples = samples;
    }

    /** Registers a scope that reads these samples. */
    LeadTimes usedBy(ScopeState scope) {
        scopes.add(scope);
        return this;
    }

    /** A copy of its own, in {@code slot}, for {@code scope}, which stops sharing this one. */
    LeadTimes copy(int newSlot, FirstDeployments firsts, ScopeState scope) {
        scopes.remove(scope);
        firsts.copySlot(slot, newSlot);
        LeadTimes copy = new LeadTimes(newSlot, samples.copy());
        copy.last = last;
        return copy.usedBy(scope);
    }

    DailySamples samples() {
        return samples;
    }

    /** Adds a deployment's commits ({@code commitIndexes[0, count)}); once, however many scopes share this. */
    void add(Deployment deployment, FirstDeployments firsts, int[] commitIndexes, int count) {
        if (deployment == last) {
            return;
        }
        last = deployment;
        for (int i = 0; i < count; i++) {
            firstDeployed(deployment.commits.get(i), firsts, commitIndexes[i], deployment);
        }
    }

    /** Keeps one lead time per commit: from its earliest successful deployment (ties: the first recorded). */
    private void firstDeployed(Commit commit, FirstDeployments firsts, int index, Deployment deployment) {
        long leadMs = deployment.finishMs - commit.commitTime().toEpochMilli();
        Deployment known = firsts.deployment(slot, index);
        if (known != null) {
            if (Deployment.ORDER.compare(known, deployment) <= 0) {
                return;
            }
            samples.remove(known.finishMs, firsts.leadMs(slot, index));
            for (int i = 0; i < scopes.size(); i++) {
                scopes.get(i).changed(known);
            }
        }
        firsts.set(slot, index, deployment, leadMs);
        samples.add(deployment.finishMs, leadMs);
    }
}
