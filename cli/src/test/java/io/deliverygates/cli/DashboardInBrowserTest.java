package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.deliverygates.dashboard.HtmlDashboardRenderer;
import io.deliverygates.demo.DemoLedger;
import io.deliverygates.metrics.IncrementalMetrics;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.Window;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard in a real browser (Debian's chromium, headless): renders, logs nothing, executes no markup. */
class DashboardInBrowserTest {
    /** Jenkins' default Content-Security-Policy (jenkins.security.csp.impl.BaseContributor, 2.5xx). */
    static final String JENKINS_CSP = "default-src 'self'; style-src 'report-sample' 'self'; "
            + "script-src 'report-sample' 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

    @TempDir
    Path temp;

    @Test
    void rendersWithoutAConsoleMessageUnderJenkinsContentSecurityPolicy() throws Exception {
        Chromium chromium = Chromium.require(temp);
        String page = HtmlDashboardRenderer.linked("/static/dashboard.css").render(demoReport());
        HttpServer server = serve(page);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/dashboard";
            Chromium.Load load = chromium.dumpDom(url);
            assertThat(load.console()).as("console messages (CSP violations, errors)").isEmpty();
            assertThat(load.dom()).contains("<h1>Delivery metrics</h1>").contains("class=\"card level-")
                    .doesNotContain("<script");
            assertThat(count(load.dom(), "<svg ")).isEqualTo(4 * 5);
            assertThat(chromium.screenshot(url, Path.of("target", "dashboard-jenkins-csp-screenshot.png"), 1400,
                    1600)).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    /** A job named with markup: the page title and heading show it literally, and nothing runs. */
    @Test
    void aJobNamedWithMarkupIsShownLiterallyInTitleAndHeading() throws Exception {
        Chromium chromium = Chromium.require(temp);
        MetricsReport all = demoReport();
        JobReport hostile = all.jobs().get(all.jobs().size() - 1);
        MetricsReport single = new MetricsReport(all.generatedAt(), all.window(), all.previous(), all.granularity(),
                all.levelsSource(), List.of(hostile));
        Path page = temp.resolve("hostile.html");
        java.nio.file.Files.writeString(page, HtmlDashboardRenderer.standalone().render(single));

        Chromium.Load load = chromium.dumpDom(page.toUri().toString());

        assertThat(load.console()).isEmpty();
        String literal = "&lt;script&gt;alert(1)&lt;/script&gt; \"legacy\" &amp; co";
        assertThat(load.dom()).contains("<title>Delivery metrics: " + literal + "</title>")
                .contains("<h1>Delivery metrics: " + literal + "</h1>").doesNotContain("<script")
                .doesNotContain("<b>");
    }

    /** The console check can fail: a page that breaks the same CSP and throws is caught. */
    @Test
    void consoleMessagesAndCspViolationsAreCaught() throws Exception {
        Chromium chromium = Chromium.require(temp);
        HttpServer server = serve("<!DOCTYPE html><html><head><title>x</title></head><body><p style=\"color:red\">x</p>"
                + "<script>undefinedFunction()</script></body></html>");
        try {
            Chromium.Load load = chromium.dumpDom("http://127.0.0.1:" + server.getAddress().getPort() + "/dashboard");
            assertThat(load.console()).hasSizeGreaterThanOrEqualTo(2)
                    .anyMatch(line -> line.contains("Content Security Policy"));
        } finally {
            server.stop(0);
        }
    }

    static MetricsReport demoReport() {
        Instant end = Instant.parse("2026-11-26T12:00:00Z");
        MetricsConfig config = MetricsConfig.defaults();
        Window window = Window.lastDays(90, end);
        List<JobReport> jobs = new ArrayList<>();
        new DemoLedger(11, end).eventsByJob().forEach((job, events) ->
                jobs.add(new IncrementalMetrics(job.name(), config).acceptAll(events).report(window)));
        return MetricsReport.of(end, window, config, jobs);
    }

    /** A loopback server sending the page and the stylesheet with Jenkins' CSP header. */
    private static HttpServer serve(String page) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dashboard", exchange -> respond(exchange, "text/html;charset=UTF-8", page));
        server.createContext("/static/dashboard.css", exchange ->
                respond(exchange, "text/css;charset=UTF-8", HtmlDashboardRenderer.stylesheet()));
        server.start();
        return server;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Content-Security-Policy", JENKINS_CSP);
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
