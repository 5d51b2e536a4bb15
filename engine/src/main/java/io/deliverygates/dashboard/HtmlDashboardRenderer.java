package io.deliverygates.dashboard;

import io.deliverygates.dashboard.chart.Chart;
import io.deliverygates.dashboard.chart.SvgChartWriter;
import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsRenderer;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.ObjectiveResult;
import io.deliverygates.metrics.ScopeReport;
import java.io.IOException;
import java.io.Writer;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The HTML dashboard: headline figures with level and objective, trend charts as inline SVG, and tables of recent
 * deployments and incidents, per job, after an overview of all jobs. No JavaScript and no inline style attribute:
 * the standalone page inlines the class-based stylesheet and allows exactly it (by hash) in its own
 * Content-Security-Policy; inside Jenkins the stylesheet is linked from the plugin (CSP {@code style-src 'self'}).
 */
public final class HtmlDashboardRenderer implements MetricsRenderer {
    private static final String STYLESHEET = loadStylesheet();
    private static final String STANDALONE_CSP = "default-src 'none'; style-src '" + sha256(STYLESHEET)
            + "'; img-src 'self'; base-uri 'none'; form-action 'none'";

    private final String stylesheetUrl;

    private HtmlDashboardRenderer(String stylesheetUrl) {
        this.stylesheetUrl = stylesheetUrl;
    }

    /** A self-contained page (for files): stylesheet inlined, everything else forbidden by its CSP. */
    public static HtmlDashboardRenderer standalone() {
        return new HtmlDashboardRenderer(null);
    }

    /** A page that links the stylesheet served at {@code url} (the plugin's static resource). */
    public static HtmlDashboardRenderer linked(String url) {
        return new HtmlDashboardRenderer(java.util.Objects.requireNonNull(url, "url"));
    }

    /** The dashboard's stylesheet, for hosts that serve it themselves. */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /** The HTTP media type of the output. */
    public String contentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(MetricsReport report, Writer out) throws IOException {
        MarkupWriter html = new MarkupWriter(new StringBuilder(64 * 1024));
        html.raw("<!DOCTYPE html>").open("html", "lang", "en").open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        if (stylesheetUrl == null) {
            html.empty("meta", "http-equiv", "Content-Security-Policy", "content", STANDALONE_CSP);
        }
        html.element("title", title(report));
        if (stylesheetUrl == null) {
            html.open("style").raw(STYLESHEET).close();
        } else {
            html.empty("link", "rel", "stylesheet", "href", stylesheetUrl);
        }
        html.close().open("body");
        fragment(report, html);
        html.close().close();
        out.append(html.toString());
    }

    /** Only the dashboard's {@code div}, for embedding in a host page that links the stylesheet. */
    public String fragment(MetricsReport report) {
        MarkupWriter html = new MarkupWriter(new StringBuilder(64 * 1024));
        fragment(report, html);
        return html.toString();
    }

    private void fragment(MetricsReport report, MarkupWriter html) {
        html.open("div", "class", "dg-dashboard");
        html.element("h1", title(report));
        html.element("p", "Window " + Formats.time(report.window().from()) + " to "
                + Formats.time(report.window().to()) + " UTC · trends per " + report.granularity().name()
                .toLowerCase(Locale.ROOT) + " · levels: " + report.levelsSource() + " · generated "
                + Formats.time(report.generatedAt()) + " UTC", "class", "meta");
        if (report.jobs().size() > 1) {
            overview(html, report.jobs());
        }
        if (report.jobs().isEmpty()) {
            html.element("p", "No ledger, so no metrics yet.", "class", "empty");
        }
        for (int i = 0; i < report.jobs().size(); i++) {
            job(html, report.jobs().get(i), "job-" + (i + 1), report);
        }
        html.close();
    }

    private static String title(MetricsReport report) {
        return report.jobs().size() == 1 ? "Delivery metrics: " + report.jobs().get(0).job() : "Delivery metrics";
    }

    private static void overview(MarkupWriter html, List<JobReport> jobs) {
        html.element("h2", "All jobs");
        html.open("table", "class", "overview").open("thead").open("tr");
        html.element("th", "Job", "scope", "col");
        for (Metric metric : Metric.values()) {
            html.element("th", Formats.title(metric), "scope", "col");
        }
        html.close().close().open("tbody");
        for (int i = 0; i < jobs.size(); i++) {
            JobReport job = jobs.get(i);
            html.open("tr").open("td").element("a", job.job(), "href", "#job-" + (i + 1)).close();
            for (Metric metric : Metric.values()) {
                Headline headline = job.production().headline(metric);
                html.open("td").text(Formats.value(metric, headline.value())).text(" ");
                if (headline.level() != null) {
                    html.element("span", Formats.level(headline.level()), "class", "badge " + levelClass(headline));
                }
                html.close();
            }
            html.close();
        }
        html.close().close();
    }

    private static void job(MarkupWriter html, JobReport job, String id, MetricsReport report) {
        ScopeReport production = job.production();
        html.open("section", "class", "job", "id", id);
        html.element("h2", job.job());
        html.element("p", "Production environments: " + String.join(", ", production.environments()), "class", "meta");
        html.open("div", "class", "cards");
        for (Metric metric : Metric.values()) {
            card(html, production.headline(metric), report);
        }
        html.close();
        html.open("div", "class", "charts");
        for (Chart chart : TrendCharts.of(job, id)) {
            SvgChartWriter.write(html, chart, chart.id().endsWith("-deployments")
                    ? SvgChartWriter.Kind.BAR : SvgChartWriter.Kind.LINE);
        }
        html.close();
        html.open("div", "class", "tables");
        html.open("div");
        HtmlTables.deployments(html, production.recentDeployments());
        html.close().open("div");
        HtmlTables.incidents(html, production.incidents());
        html.close();
        html.close();
        HtmlTables.unfinished(html, job.unfinished());
        HtmlTables.environments(html, job);
        html.close();
    }

    private static void card(MarkupWriter html, Headline headline, MetricsReport report) {
        Metric metric = headline.metric();
        html.open("div", "class", "card " + levelClass(headline), "data-metric", metric.name());
        html.element("div", Formats.title(metric), "class", "metric");
        html.element("div", Formats.value(metric, headline.value()), "class", "value");
        html.element("span", Formats.level(headline.level()), "class", "level");
        ObjectiveResult objective = headline.objective();
        if (objective != null) {
            String verdict = switch (objective.status()) {
                case MET -> "met";
                case NOT_MET -> "not met";
                case NO_DATA -> "no data";
            };
            html.element("div", "Objective " + Formats.objective(objective.objective()) + ": " + verdict,
                    "class", "objective " + verdict.replace(' ', '-'));
        }
        html.element("div", "Previous " + Formats.decimal(report.window().days()) + " days: "
                + Formats.value(metric, headline.previous()), "class", "previous");
        html.close();
    }

    private static String levelClass(Headline headline) {
        return "level-" + (headline.level() == null ? "none" : headline.level().name().toLowerCase(Locale.ROOT));
    }

    private static String loadStylesheet() {
        try (InputStream in = HtmlDashboardRenderer.class.getResourceAsStream("dashboard.css")) {
            if (in == null) {
                throw new IllegalStateException("dashboard.css missing from the engine jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source expression allowing exactly this inline content. */
    static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
