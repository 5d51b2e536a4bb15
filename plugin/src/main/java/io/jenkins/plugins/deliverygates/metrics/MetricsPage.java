package io.jenkins.plugins.deliverygates.metrics;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Api;
import io.deliverygates.dashboard.CsvReportRenderer;
import io.deliverygates.dashboard.HtmlDashboardRenderer;
import io.deliverygates.dashboard.PrometheusReportRenderer;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.MetricsRenderer;
import io.deliverygates.metrics.MetricsService;
import io.deliverygates.metrics.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.verb.GET;

/**
 * A delivery-metrics page over some jobs' ledgers (one job, or all the user may read): the dashboard
 * ({@code index.jelly}), {@code api/json} (Stapler export), {@code csv}, {@code prometheus} (guarded by
 * {@link MetricsPermissions#VIEW_PROMETHEUS}) and the dashboard's {@code stylesheet}. All read-only: GET.
 */
@ExportedBean
public abstract class MetricsPage implements Action {
    private static final Logger LOGGER = Logger.getLogger(MetricsPage.class.getName());
    static final String URL_NAME = "delivery-metrics";

    /** The ledgers shown: job full name → the job's folder; only jobs the current user may read. */
    protected abstract Map<String, Path> ledgers();

    /** This page's URL relative to Jenkins' root, ending with a slash. */
    public abstract String getUrl();

    /** The job this page belongs to (its side panel is shown), or null for the cross-job dashboard. */
    public Job<?, ?> getJob() {
        return null;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The report of the configured window, computed incrementally by the shared service. */
    public MetricsReport getReport() {
        MetricsSettings settings = MetricsSettings.get();
        MetricsService service = settings.service();
        Instant now = Instant.now();
        Window window = Window.lastDays(settings.getWindowDays(), now);
        List<JobReport> jobs = new ArrayList<>();
        for (Map.Entry<String, Path> ledger : ledgers().entrySet()) {
            try {
                jobs.add(service.job(ledger.getKey(), ledger.getValue(), window));
            } catch (IOException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "Cannot read the delivery ledger of " + ledger.getKey(), e);
            }
        }
        return MetricsReport.of(now, window, service.config(), jobs);
    }

    /** The dashboard's markup (escaped by the engine's renderer), for {@code index.jelly}. */
    public String getDashboardHtml() {
        return HtmlDashboardRenderer.linked(getStylesheetUrl()).fragment(getReport());
    }

    /** Where the dashboard's stylesheet is served, relative to Jenkins' root (CSP: style-src 'self'). */
    public String getStylesheetUrl() {
        return getUrl() + "stylesheet";
    }

    public Api getApi() {
        return new Api(this);
    }

    @Exported
    public String getWindowFrom() {
        return window().from().toString();
    }

    @Exported
    public String getWindowTo() {
        return window().to().toString();
    }

    @Exported(inline = true)
    public List<ExportedJobMetrics> getJobs() {
        return getReport().jobs().stream().map(ExportedJobMetrics::new).toList();
    }

    @GET
    public void doCsv(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        response.setHeader("Content-Disposition", "attachment; filename=\"delivery-metrics.csv\"");
        CsvReportRenderer csv = new CsvReportRenderer();
        send(response, csv.contentType(), csv);
    }

    @GET
    public void doPrometheus(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        Jenkins.get().checkPermission(MetricsPermissions.VIEW_PROMETHEUS);
        PrometheusReportRenderer prometheus = new PrometheusReportRenderer();
        send(response, prometheus.contentType(), prometheus);
    }

    @GET
    public void doStylesheet(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(HtmlDashboardRenderer.stylesheet());
    }

    private void send(StaplerResponse2 response, String contentType, MetricsRenderer renderer) throws IOException {
        MetricsReport report = getReport();
        response.setContentType(contentType);
        renderer.render(report, response.getWriter());
    }

    private Window window() {
        return Window.lastDays(MetricsSettings.get().getWindowDays(), Instant.now());
    }
}
