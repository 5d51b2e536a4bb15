package io.jenkins.plugins.deliverygates.metrics;

import hudson.model.Item;
import hudson.model.Job;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.nio.file.Path;
import java.util.Map;

/** "Delivery metrics" of one job, shown on every job that has a delivery ledger. */
public final class JobMetricsAction extends MetricsPage {
    private final Job<?, ?> job;

    JobMetricsAction(Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public String getDisplayName() {
        return Messages.JobMetricsAction_DisplayName();
    }

    @Override
    public String getUrl() {
        return job.getUrl() + URL_NAME + "/";
    }

    @Override
    protected Map<String, Path> ledgers() {
        job.checkPermission(Item.READ);
        return Map.of(job.getFullName(), JobLedger.of(job).file());
    }
}
