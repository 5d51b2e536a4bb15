package io.deliverygates.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.SafeXml;
import io.deliverygates.metrics.Headline;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlDashboardRendererTest {
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    @Test
    void showsEveryHeadlineOfEveryJobWithItsValueLevelAndObjective() throws Exception {
        MetricsReport report = Reports.demo();
        Document page = parse(HtmlDashboardRenderer.standalone().render(report));
        for (int i = 0; i < report.jobs().size(); i++) {
            JobReport job = report.jobs().get(i);
            String section = "//section[@id='job-" + (i + 1) + "']";
            assertThat(text(page, section + "/h2")).isEqualTo(job.job());
            for (Metric metric : Metric.values()) {
                Headline headline = job.production().headline(metric);
                String card = section + "//div[@data-metric='" + metric.name() + "']";
                assertThat(text(page, card + "/div[@class='value']"))
                        .isEqualTo(Formats.value(metric, headline.value()));
                assertThat(text(page, card + "/span[@class='level']")).isEqualTo(Formats.level(headline.level()));
                if (headline.objective() != null) {
                    assertThat(text(page, card + "/div[starts-with(@class,'objective')]"))
                            .startsWith("Objective " + Formats.objective(headline.objective().objective()));
                }
            }
            assertThat(count(page, section + "//*[local-name()='svg']")).isEqualTo(5);
            assertThat(count(page, section + "//table[@class='deployments']/tbody/tr"))
                    .isEqualTo(job.production().recentDeployments().size());
        }
        assertThat(count(page, "//table[@class='overview']/tbody/tr")).isEqualTo(report.jobs().size());
    }

    @Test
    void markupInJobNamesAndVersionsIsTextNotMarkup() throws Exception {
        String html = HtmlDashboardRenderer.standalone().render(Reports.demo());
        assertThat(html).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; \"legacy\" &amp; co");
        Document page = parse(html);
        assertThat(count(page, "//script")).isZero();
        assertThat(count(page, "//b")).isZero();
        assertThat(texts(page, "//h2")).contains(Reports.HOSTILE);
        assertThat(texts(page, "//table[@class='deployments']//td")).anyMatch(cell -> cell.startsWith("0.9.<b>"));
    }

    @Test
    void theStandalonePageAllowsOnlyItsOwnStylesheet() throws Exception {
        Document page = parse(HtmlDashboardRenderer.standalone().render(Reports.demo()));
        String style = text(page, "//style");
        assertThat(style).isEqualTo(HtmlDashboardRenderer.stylesheet()).contains(".dg-dashboard");
        String csp = text(page, "//meta[@http-equiv='Content-Security-Policy']/@content");
        assertThat(csp).startsWith("default-src 'none';")
                .contains("style-src '" + HtmlDashboardRenderer.sha256(style) + "'")
                .doesNotContain("unsafe-inline").doesNotContain("script-src");
        assertThat(count(page, "//*[@style]")).isZero();
        assertThat(count(page, "//link")).isZero();
    }

    @Test
    void theLinkedPageLoadsTheStylesheetFromTheHost() throws Exception {
        Document page = parse(HtmlDashboardRenderer.linked("/static/x/dashboard.css?a=1&b=2").render(Reports.demo()));
        assertThat(text(page, "//link[@rel='stylesheet']/@href")).isEqualTo("/static/x/dashboard.css?a=1&b=2");
        assertThat(count(page, "//style")).isZero();
        assertThat(count(page, "//meta[@http-equiv]")).isZero();
    }

    @Test
    void aFragmentIsJustTheDashboard() throws Exception {
        MetricsReport single = Reports.report(java.util.Map.of(io.deliverygates.demo.DemoLedger.JOBS.get(3),
                new io.deliverygates.demo.DemoLedger(7, Reports.END).eventsByJob()
                        .get(io.deliverygates.demo.DemoLedger.JOBS.get(3))), 30);
        Document fragment = parse(HtmlDashboardRenderer.standalone().fragment(single));
        assertThat(fragment.getDocumentElement().getAttribute("class")).isEqualTo("dg-dashboard");
        assertThat(text(fragment, "/div/h1")).isEqualTo("Delivery metrics: " + Reports.HOSTILE);
        assertThat(count(fragment, "//table[@class='overview']")).isZero();
        assertThat(HtmlDashboardRenderer.standalone().contentType()).startsWith("text/html");
    }

    @Test
    void withoutLedgersThePageSaysSo() throws Exception {
        Document page = parse(HtmlDashboardRenderer.standalone().render(Reports.empty()));
        assertThat(text(page, "//p[@class='empty']")).isEqualTo("No ledger, so no metrics yet.");
    }

    /** Parses the page as XML: the writer's output is well-formed, which this also proves. */
    static Document parse(String html) throws Exception {
        String xml = html.replaceFirst("^<!DOCTYPE html>", "");
        return SafeXml.newDocumentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document page, String xpath) throws Exception {
        return XPATH.evaluate(xpath, page);
    }

    private static int count(Document page, String xpath) throws Exception {
        return ((NodeList) XPATH.evaluate(xpath, page, XPathConstants.NODESET)).getLength();
    }

    private static List<String> texts(Document page, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, page, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
