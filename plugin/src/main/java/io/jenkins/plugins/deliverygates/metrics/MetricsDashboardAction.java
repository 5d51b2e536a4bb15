package io.jenkins.plugins.deliverygates.metrics;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.RootAction;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import jenkins.model.Jenkins;

/** The dashboard across all jobs with a ledger that the current user may read ({@code /delivery-metrics/}). */
@Extension
public final class MetricsDashboardAction extends MetricsPage implements RootAction {
    @Override
    public String getDisplayName() {
        return Messages.MetricsDashboardAction_DisplayName();
    }

    @Override
    public String getIconFileName() {
        return Jenkins.get().hasPermission(Jenkins.READ) ? super.getIconFileName() : null;
    }

    @Override
    public String getUrl() {
        return URL_NAME + "/";
    }

    /** Jobs are listed by full name, in Jenkins' order; those the user may not read are left out. */
    @Override
    protected Map<String, Path> ledgers() {
        Map<String, Path> ledgers = new LinkedHashMap<>();
        for (Job<?, ?> job : Jenkins.get().allItems(Job.class)) {
            if (job.hasPermission(Item.READ) && JobLedger.exists(job)) {
                ledgers.put(job.getFullName(), JobLedger.of(job).file());
            }
        }
        return ledgers;
    }
}
