package io.jenkins.plugins.deliverygates.metrics;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import io.deliverygates.metrics.LevelBands;
import io.deliverygates.metrics.LevelBounds;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.MetricsService;
import io.deliverygates.metrics.Objective;
import io.deliverygates.metrics.PerformanceLevels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Global settings of the delivery metrics (Manage Jenkins » System; JCasC: {@code unclassified: deliveryMetrics:}):
 * which environments are production, the window of the dashboards, the objectives and the performance levels.
 * Defaults: production/prod, 30 days, the project's KPI objectives, the DORA 2024 levels.
 */
@Extension
@Symbol("deliveryMetrics")
public class MetricsSettings extends GlobalConfiguration {
    static final int MAX_WINDOW_DAYS = 3650;

    private String productionEnvironments = String.join(", ", new java.util.TreeSet<>(MetricsConfig.DEFAULT_PRODUCTION));
    private int windowDays = 30;
    private double deploymentsPerDayObjective = objective(Metric.DEPLOYMENT_FREQUENCY);
    private double leadTimeObjectiveMinutes = objective(Metric.LEAD_TIME) / 60;
    private double timeToRestoreObjectiveMinutes = objective(Metric.TIME_TO_RESTORE) / 60;
    private double changeFailureRateObjectivePercent = objective(Metric.CHANGE_FAILURE_RATE) * 100;
    private String levelsSource = PerformanceLevels.dora2024().source();
    private String deploymentFrequencyLevels = LevelBounds.defaults(Metric.DEPLOYMENT_FREQUENCY);
    private String leadTimeLevelsHours = LevelBounds.defaults(Metric.LEAD_TIME);
    private String changeFailureRateLevelsPercent = LevelBounds.defaults(Metric.CHANGE_FAILURE_RATE);
    private String timeToRestoreLevelsHours = LevelBounds.defaults(Metric.TIME_TO_RESTORE);

    /** Kept across requests so each dashboard reads only new ledger events; dropped when a setting changes. */
    private transient volatile MetricsService service;

    public MetricsSettings() {
        load();
    }

    public static MetricsSettings get() {
        return ExtensionList.lookupSingleton(MetricsSettings.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.MetricsSettings_DisplayName();
    }

    /** The engine configuration of these settings. */
    public MetricsConfig toConfig() {
        Set<String> production = Arrays.stream(productionEnvironments.split(","))
                .map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<LevelBands> bands = List.of(
                LevelBounds.parse(Metric.DEPLOYMENT_FREQUENCY, deploymentFrequencyLevels),
                LevelBounds.parse(Metric.LEAD_TIME, leadTimeLevelsHours),
                LevelBounds.parse(Metric.CHANGE_FAILURE_RATE, changeFailureRateLevelsPercent),
                LevelBounds.parse(Metric.TIME_TO_RESTORE, timeToRestoreLevelsHours));
        List<Objective> objectives = new ArrayList<>();
        addObjective(objectives, Metric.DEPLOYMENT_FREQUENCY, Objective.Comparison.AT_LEAST, deploymentsPerDayObjective);
        addObjective(objectives, Metric.LEAD_TIME, Objective.Comparison.LESS_THAN, leadTimeObjectiveMinutes * 60);
        addObjective(objectives, Metric.TIME_TO_RESTORE, Objective.Comparison.LESS_THAN,
                timeToRestoreObjectiveMinutes * 60);
        addObjective(objectives, Metric.CHANGE_FAILURE_RATE, Objective.Comparison.LESS_THAN,
                changeFailureRateObjectivePercent / 100);
        return new MetricsConfig(production, new PerformanceLevels(levelsSource, bands), objectives,
                MetricsConfig.DEFAULT_RECENT_ROWS, null);
    }

    /** The shared metrics service of the current settings. */
    public MetricsService service() {
        MetricsService current = service;
        if (current == null) {
            current = new MetricsService(toConfig());
            service = current;
        }
        return current;
    }

    public String getProductionEnvironments() {
        return productionEnvironments;
    }

    @DataBoundSetter
    public void setProductionEnvironments(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("name at least one production environment");
        }
        productionEnvironments = value.trim();
        changed();
    }

    public int getWindowDays() {
        return windowDays;
    }

    @DataBoundSetter
    public void setWindowDays(int value) {
        if (value < 1 || value > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("the window must be 1 to " + MAX_WINDOW_DAYS + " days: " + value);
        }
        windowDays = value;
        changed();
    }

    public double getDeploymentsPerDayObjective() {
        return deploymentsPerDayObjective;
    }

    @DataBoundSetter
    public void setDeploymentsPerDayObjective(double value) {
        deploymentsPerDayObjective = notNegative(value);
        changed();
    }

    public double getLeadTimeObjectiveMinutes() {
        return leadTimeObjectiveMinutes;
    }

    @DataBoundSetter
    public void setLeadTimeObjectiveMinutes(double value) {
        leadTimeObjectiveMinutes = notNegative(value);
        changed();
    }

    public double getTimeToRestoreObjectiveMinutes() {
        return timeToRestoreObjectiveMinutes;
    }

    @DataBoundSetter
    public void setTimeToRestoreObjectiveMinutes(double value) {
        timeToRestoreObjectiveMinutes = notNegative(value);
        changed();
    }

    public double getChangeFailureRateObjectivePercent() {
        return changeFailureRateObjectivePercent;
    }

    @DataBoundSetter
    public void setChangeFailureRateObjectivePercent(double value) {
        changeFailureRateObjectivePercent = notNegative(value);
        changed();
    }

    public String getLevelsSource() {
        return levelsSource;
    }

    @DataBoundSetter
    public void setLevelsSource(String value) {
        levelsSource = value == null || value.isBlank() ? PerformanceLevels.dora2024().source() : value.trim();
        changed();
    }

    public String getDeploymentFrequencyLevels() {
        return deploymentFrequencyLevels;
    }

    @DataBoundSetter
    public void setDeploymentFrequencyLevels(String value) {
        deploymentFrequencyLevels = levels(Metric.DEPLOYMENT_FREQUENCY, value);
        changed();
    }

    public String getLeadTimeLevelsHours() {
        return leadTimeLevelsHours;
    }

    @DataBoundSetter
    public void setLeadTimeLevelsHours(String value) {
        leadTimeLevelsHours = levels(Metric.LEAD_TIME, value);
        changed();
    }

    public String getChangeFailureRateLevelsPercent() {
        return changeFailureRateLevelsPercent;
    }

    @DataBoundSetter
    public void setChangeFailureRateLevelsPercent(String value) {
        changeFailureRateLevelsPercent = levels(Metric.CHANGE_FAILURE_RATE, value);
        changed();
    }

    public String getTimeToRestoreLevelsHours() {
        return timeToRestoreLevelsHours;
    }

    @DataBoundSetter
    public void setTimeToRestoreLevelsHours(String value) {
        timeToRestoreLevelsHours = levels(Metric.TIME_TO_RESTORE, value);
        changed();
    }

    @POST
    public FormValidation doCheckDeploymentFrequencyLevels(@QueryParameter String value) {
        return check(Metric.DEPLOYMENT_FREQUENCY, value);
    }

    @POST
    public FormValidation doCheckLeadTimeLevelsHours(@QueryParameter String value) {
        return check(Metric.LEAD_TIME, value);
    }

    @POST
    public FormValidation doCheckChangeFailureRateLevelsPercent(@QueryParameter String value) {
        return check(Metric.CHANGE_FAILURE_RATE, value);
    }

    @POST
    public FormValidation doCheckTimeToRestoreLevelsHours(@QueryParameter String value) {
        return check(Metric.TIME_TO_RESTORE, value);
    }

    private static FormValidation check(Metric metric, String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        try {
            LevelBounds.parse(metric, value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    private static String levels(Metric metric, String value) {
        LevelBounds.parse(metric, value);
        return value.trim();
    }

    private static double notNegative(double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("an objective must be a finite number, 0 or more (0 = none): " + value);
        }
        return value;
    }

    private static void addObjective(List<Objective> objectives, Metric metric, Objective.Comparison comparison,
            double target) {
        if (target > 0) {
            objectives.add(new Objective(metric, comparison, target));
        }
    }

    private static double objective(Metric metric) {
        return Objective.defaults().stream().filter(o -> o.metric() == metric).findFirst().orElseThrow().target();
    }

    private void changed() {
        service = null;
        save();
    }
}
