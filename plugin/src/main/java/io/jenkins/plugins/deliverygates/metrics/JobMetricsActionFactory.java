package io.jenkins.plugins.deliverygates.metrics;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Adds {@link JobMetricsAction} to every job whose delivery ledger exists (no ledger, no empty page). */
@Extension
@SuppressWarnings("rawtypes") // TransientActionFactory's type parameter cannot be Job<?, ?> with a class literal
public final class JobMetricsActionFactory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job target) {
        Job<?, ?> job = target;
        return JobLedger.exists(job) ? List.of(new JobMetricsAction(job)) : List.of();
    }
}
