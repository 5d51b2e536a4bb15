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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
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
        productionEnvironments = value == null ? "" : value.trim();
        changed();
    }

    public int getWindowDays() {
        return windowDays;
    }

    @DataBoundSetter
    public void setWindowDays(int value) {
        windowDays = value;
        changed();
    }

    public double getDeploymentsPerDayObjective() {
        return deploymentsPerDayObjective;
    }

    @DataBoundSetter
    public void setDeploymentsPerDayObjective(double value) {
        deploymentsPerDayObjective = value;
        changed();
    }

    public double getLeadTimeObjectiveMinutes() {
        return leadTimeObjectiveMinutes;
    }

    @DataBoundSetter
    public void setLeadTimeObjectiveMinutes(double value) {
        leadTimeObjectiveMinutes = value;
        changed();
    }

    public double getTimeToRestoreObjectiveMinutes() {
        return timeToRestoreObjectiveMinutes;
    }

    @DataBoundSetter
    public void setTimeToRestoreObjectiveMinutes(double value) {
        timeToRestoreObjectiveMinutes = value;
        changed();
    }

    public double getChangeFailureRateObjectivePercent() {
        return changeFailureRateObjectivePercent;
    }

    @DataBoundSetter
    public void setChangeFailureRateObjectivePercent(double value) {
        changeFailureRateObjectivePercent = value;
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
        deploymentFrequencyLevels = value == null || value.isBlank() ? LevelBounds.defaults(Metric.DEPLOYMENT_FREQUENCY) : value.trim();
        changed();
    }

    public String getLeadTimeLevelsHours() {
        return leadTimeLevelsHours;
    }

    @DataBoundSetter
    public void setLeadTimeLevelsHours(String value) {
        leadTimeLevelsHours = value == null || value.isBlank() ? LevelBounds.defaults(Metric.LEAD_TIME) : value.trim();
        changed();
    }

    public String getChangeFailureRateLevelsPercent() {
        return changeFailureRateLevelsPercent;
    }

    @DataBoundSetter
    public void setChangeFailureRateLevelsPercent(String value) {
        changeFailureRateLevelsPercent = value == null || value.isBlank() ? LevelBounds.defaults(Metric.CHANGE_FAILURE_RATE) : value.trim();
        changed();
    }

    public String getTimeToRestoreLevelsHours() {
        return timeToRestoreLevelsHours;
    }

    @DataBoundSetter
    public void setTimeToRestoreLevelsHours(String value) {
        timeToRestoreLevelsHours = value == null || value.isBlank() ? LevelBounds.defaults(Metric.TIME_TO_RESTORE) : value.trim();
        changed();
    }

    /*
     * The defaults of the fields in the form's Advanced block: f:textbox compares its value with its "default" and
     * marks the block "Edited" when they differ, so each field there names its default.
     */

    public String getDefaultLevelsSource() {
        return PerformanceLevels.dora2024().source();
    }

    public String getDefaultDeploymentFrequencyLevels() {
        return LevelBounds.defaults(Metric.DEPLOYMENT_FREQUENCY);
    }

    public String getDefaultLeadTimeLevelsHours() {
        return LevelBounds.defaults(Metric.LEAD_TIME);
    }

    public String getDefaultChangeFailureRateLevelsPercent() {
        return LevelBounds.defaults(Metric.CHANGE_FAILURE_RATE);
    }

    public String getDefaultTimeToRestoreLevelsHours() {
        return LevelBounds.defaults(Metric.TIME_TO_RESTORE);
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

    @POST
    public FormValidation doCheckProductionEnvironments(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return value == null || value.isBlank() ? FormValidation.error(Messages.MetricsSettings_NoProduction())
                : FormValidation.ok();
    }

    @POST
    public FormValidation doCheckWindowDays(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return windowProblem(value).map(FormValidation::error).orElse(FormValidation.ok());
    }

    @POST
    public FormValidation doCheckDeploymentsPerDayObjective(@QueryParameter String value) {
        return checkObjective(value);
    }

    @POST
    public FormValidation doCheckLeadTimeObjectiveMinutes(@QueryParameter String value) {
        return checkObjective(value);
    }

    @POST
    public FormValidation doCheckTimeToRestoreObjectiveMinutes(@QueryParameter String value) {
        return checkObjective(value);
    }

    @POST
    public FormValidation doCheckChangeFailureRateObjectivePercent(@QueryParameter String value) {
        return checkObjective(value);
    }

    private static FormValidation checkObjective(String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return objectiveProblem(value).map(FormValidation::error).orElse(FormValidation.ok());
    }

    /**
     * Validates the submitted form: an unusable value is a form error naming its field (not a server error from a
     * throwing setter); then binds the form and saves once.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        if (json.optString("productionEnvironments", "").isBlank()) {
            throw new FormException(Messages.MetricsSettings_NoProduction(), "productionEnvironments");
        }
        Optional<String> window = windowProblem(json.optString("windowDays", String.valueOf(windowDays)));
        if (window.isPresent()) {
            throw new FormException(window.get(), "windowDays");
        }
        for (String field : List.of("deploymentsPerDayObjective", "leadTimeObjectiveMinutes",
                "timeToRestoreObjectiveMinutes", "changeFailureRateObjectivePercent")) {
            Optional<String> problem = json.has(field) ? objectiveProblem(json.optString(field)) : Optional.empty();
            if (problem.isPresent()) {
                throw new FormException(problem.get(), field);
            }
        }
        Map<String, Metric> levelFields = Map.of("deploymentFrequencyLevels", Metric.DEPLOYMENT_FREQUENCY,
                "leadTimeLevelsHours", Metric.LEAD_TIME, "changeFailureRateLevelsPercent", Metric.CHANGE_FAILURE_RATE,
                "timeToRestoreLevelsHours", Metric.TIME_TO_RESTORE);
        for (Map.Entry<String, Metric> field : levelFields.entrySet()) {
            String value = json.optString(field.getKey(), "");
            if (!value.isBlank()) {
                try {
                    LevelBounds.parse(field.getValue(), value);
                } catch (IllegalArgumentException e) {
                    throw new FormException(e.getMessage(), field.getKey());
                }
            }
        }
        req.bindJSON(this, json);
        save();
        return true;
    }

    private static Optional<String> windowProblem(String value) {
        try {
            int days = Integer.parseInt(value == null ? "" : value.trim());
            return days >= 1 && days <= MAX_WINDOW_DAYS ? Optional.empty()
                    : Optional.of(Messages.MetricsSettings_Window(MAX_WINDOW_DAYS, value));
        } catch (NumberFormatException e) {
            return Optional.of(Messages.MetricsSettings_Window(MAX_WINDOW_DAYS, value));
        }
    }

    private static Optional<String> objectiveProblem(String value) {
        try {
            double number = Double.parseDouble(value == null ? "" : value.trim());
            return number >= 0 && !Double.isInfinite(number) ? Optional.empty()
                    : Optional.of(Messages.MetricsSettings_Objective(value));
        } catch (NumberFormatException e) {
            return Optional.of(Messages.MetricsSettings_Objective(value));
        }
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

    /** A setting changed: the cached service is rebuilt on the next request (saving is the form's, once). */
    private void changed() {
        service = null;
    }
}
