package io.jenkins.plugins.deliverygates.metrics;

import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.JobReport;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** One job's production figures in {@code api/json} (and api/xml). */
@ExportedBean(defaultVisibility = 2)
public final class ExportedJobMetrics {
    private final JobReport job;

    ExportedJobMetrics(JobReport job) {
        this.job = job;
    }

    @Exported
    public String getJob() {
        return job.job();
    }

    @Exported
    public List<String> getProductionEnvironments() {
        return job.production().environments();
    }

    @Exported
    public long getDeployments() {
        return figures().deployments();
    }

    @Exported
    public long getFailedDeployments() {
        return figures().failed();
    }

    @Exported
    public long getOpenIncidents() {
        return figures().openIncidents();
    }

    @Exported(inline = true)
    public List<ExportedHeadline> getHeadlines() {
        return job.production().headlines().stream().map(ExportedHeadline::new).toList();
    }

    private Figures figures() {
        return job.production().current();
    }

    /** One headline: metric, value in its unit, level and objective verdict. */
    @ExportedBean(defaultVisibility = 3)
    public static final class ExportedHeadline {
        private final Headline headline;

        ExportedHeadline(Headline headline) {
            this.headline = headline;
        }

        @Exported
        public String getMetric() {
            return headline.metric().name();
        }

        @Exported
        public String getUnit() {
            return headline.metric().unit();
        }

        @Exported
        public Double getValue() {
            return headline.value();
        }

        @Exported
        public Double getPrevious() {
            return headline.previous();
        }

        @Exported
        public String getLevel() {
            return headline.level() == null ? null : headline.level().name();
        }

        @Exported
        public String getObjective() {
            return headline.objective() == null ? null : headline.objective().status().name();
        }
    }
}
