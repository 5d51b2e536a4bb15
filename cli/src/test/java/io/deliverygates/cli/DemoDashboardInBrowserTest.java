package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliverygates.dashboard.Formats;
import io.deliverygates.demo.DemoLedger;
import io.deliverygates.metrics.Metric;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code delivery-gates demo} writes the metrics dashboard; Debian's chromium (headless) opens the file and must
 * show every job's headline figures (as the JSON output of the same run has them) and trend charts, log nothing,
 * and show the job named with markup as text; the demo's index must report every part with its verdicts and links
 * that lead to files. The screenshots are kept as target/dashboard-screenshot.png and target/demo-index-screenshot.png.
 */
class DemoDashboardInBrowserTest {
    static final Path SCREENSHOT = Path.of("target", "dashboard-screenshot.png");
    static final Path INDEX_SCREENSHOT = Path.of("target", "demo-index-screenshot.png");

    @TempDir
    static Path temp;
    private static Path out;

    /** One demo run for both tests: the demo is the expensive part. */
    @BeforeAll
    static void runTheDemo() {
        out = temp.resolve("demo");
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theDemoDashboardRendersItsFiguresAndChartsAndLogsNothing() throws Exception {
        Chromium chromium = Chromium.require(temp);
        String url = out.resolve("metrics").resolve("dashboard.html").toUri().toString();

        Chromium.Load load = chromium.dumpDom(url);

        assertThat(load.console()).as("console messages: errors, CSP violations").isEmpty();
        String dom = load.dom();
        assertThat(dom).contains("<title>Delivery metrics</title>")
                .contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        JsonNode report = new ObjectMapper().readTree(out.resolve("metrics").resolve("metrics.json").toFile());
        JsonNode jobs = report.get("jobs");
        assertThat(jobs).hasSize(DemoLedger.JOBS.size());
        assertThat(DashboardInBrowserTest.count(dom, "<svg ")).isEqualTo(jobs.size() * 5);
        for (int i = 0; i < jobs.size(); i++) {
            String section = section(dom, i + 1);
            assertThat(section).contains("<h2>" + domText(jobs.get(i).get("job").asText()) + "</h2>");
            for (JsonNode headline : jobs.get(i).get("production").get("headlines")) {
                Metric metric = Metric.valueOf(headline.get("metric").asText());
                Double value = headline.get("value") == null || headline.get("value").isNull() ? null
                        : headline.get("value").asDouble();
                assertThat(section).contains("data-metric=\"" + metric.name() + "\"><div class=\"metric\">"
                        + Formats.title(metric) + "</div><div class=\"value\">" + domText(Formats.value(metric, value))
                        + "</div>");
            }
        }
    }

    @Test
    void markupInJobNamesAndVersionsStaysTextInTheBrowser() throws Exception {
        Chromium chromium = Chromium.require(temp);
        String url = out.resolve("metrics").resolve("dashboard.html").toUri().toString();

        Chromium.Load load = chromium.dumpDom(url);

        assertThat(load.console()).isEmpty();
        assertThat(load.dom()).doesNotContain("<script").doesNotContain("<b>")
                .contains("<h2>&lt;script&gt;alert(1)&lt;/script&gt; \"legacy\" &amp; co</h2>")
                .contains("<td>0.9.&lt;b&gt;");
        assertThat(chromium.screenshot(url, SCREENSHOT, 1400, 2600)).isEmpty();
    }

    @Test
    void theDemoIndexReportsEveryPartWithVerdictsAndWorkingLinks() throws Exception {
        Chromium chromium = Chromium.require(temp);

        Chromium.Load load = chromium.dumpDom(out.resolve("index.html").toUri().toString());

        assertThat(load.console()).as("console messages: errors, CSP violations").isEmpty();
        String dom = load.dom();
        assertThat(dom).contains("<title>Delivery Gates demo</title>").doesNotContain("<script");
        assertThat(DashboardInBrowserTest.count(dom, "<section class=\"part\"")).isEqualTo(DemoCommand.PARTS.size());
        for (int i = 0; i < DemoCommand.PARTS.size(); i++) {
            DemoPart part = DemoCommand.PARTS.get(i);
            String section = dom.substring(dom.indexOf("<section class=\"part\" id=\"part-" + (i + 1) + "\">"));
            section = section.substring(0, section.indexOf("</section>"));
            assertThat(section).as(part.title()).contains("<h2>" + domText(part.title()) + "</h2>")
                    .contains("<h3>Pages</h3>");
            assertThat(dom).contains("<a href=\"#part-" + (i + 1) + "\">" + domText(part.title()) + "</a>");
        }
        assertThat(dom).contains("<li>Quality gate: FAILED</li>", "<li>Security gate: FAILED", "<li>Deployed 1.4.2 to production",
                "<li>delivery-gates: refused:", "<li>FAILED: 2 of 4 measurements failed", "<li>Rolled back.</li>");
        // the metrics part prints the job named with markup: text in the report, never an element
        assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt; \"legacy\" &amp; co");
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("<a href=\"([^\"#][^\"]*)\"").matcher(dom);
        int checked = 0;
        while (links.find()) {
            assertThat(out.resolve(links.group(1).replace("&amp;", "&"))).as(links.group(1)).isNotEmptyFile();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(DemoCommand.PARTS.size() * 2);
        assertThat(chromium.screenshot(out.resolve("index.html").toUri().toString(), INDEX_SCREENSHOT, 1400, 2000))
                .isEmpty();
    }

    /** The markup of the job section with the given number. */
    private static String section(String dom, int number) {
        int start = dom.indexOf("<section class=\"job\" id=\"job-" + number + "\">");
        assertThat(start).as("section job-" + number).isNotNegative();
        int end = dom.indexOf("</section>", start);
        return dom.substring(start, end);
    }

    /** Text as chromium serializes it inside an element: &, < and > escaped, quotes not. */
    private static String domText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }
}
