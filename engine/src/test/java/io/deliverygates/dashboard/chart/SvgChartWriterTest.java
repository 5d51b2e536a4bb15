package io.deliverygates.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.common.SafeXml;
import io.deliverygates.dashboard.MarkupWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartWriterTest {
    private static final List<Point> WEEKS = List.of(new Point("W1", 2), new Point("W2", 4),
            new Point("W3", Double.NaN), new Point("W4", 8));

    @Test
    void drawsALineThroughEveryValueAndSkipsGaps() throws Exception {
        Document svg = parse(new Chart("lead", "Lead time", "hours", List.of(new Series("median", WEEKS)), 1.0),
                SvgChartWriter.Kind.LINE);
        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getElementsByTagName("circle").getLength()).isEqualTo(3);
        String path = ((Element) root.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(path).startsWith("M").contains(" L").contains(" M");
        assertThat(texts(root)).contains("Lead time", "hours", "W1", "W4", "0", "8", "objective 1");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Lead time (hours)");
    }

    @Test
    void barsAreAsHighAsTheirValues() throws Exception {
        Document svg = parse(new Chart("freq", "Deployments", "per week",
                List.of(new Series("production", WEEKS)), Double.NaN), SvgChartWriter.Kind.BAR);
        NodeList rects = svg.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(3);
        double two = height(rects.item(0));
        double eight = height(rects.item(2));
        assertThat(eight / two).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(svg.getElementsByTagName("line").getLength()).isEqualTo(5);
    }

    @Test
    void twoSeriesGetALegendAndDifferentColours() throws Exception {
        Document svg = parse(new Chart("two", "T", "u", List.of(new Series("median", WEEKS),
                new Series("p90", WEEKS)), Double.NaN), SvgChartWriter.Kind.LINE);
        assertThat(texts(svg.getDocumentElement())).contains("median", "p90");
        NodeList paths = svg.getElementsByTagName("path");
        assertThat(((Element) paths.item(0)).getAttribute("stroke"))
                .isNotEqualTo(((Element) paths.item(1)).getAttribute("stroke"));
    }

    @Test
    void markupInNamesStaysText() throws Exception {
        String name = "<script>alert(1)</script> & \"x\"";
        Document svg = parse(new Chart("x", name, "u", List.of(new Series(name,
                List.of(new Point(name, 1)))), Double.NaN), SvgChartWriter.Kind.BAR);
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(texts(svg.getDocumentElement())).contains(name);
    }

    @Test
    void anEmptyChartSaysSo() throws Exception {
        Document svg = parse(new Chart("e", "Empty", "u", List.of(), Double.NaN), SvgChartWriter.Kind.LINE);
        assertThat(texts(svg.getDocumentElement())).contains("no data in this window");
    }

    @Test
    void coordinatesHaveOneDecimalAtMost() {
        assertThat(SvgChartWriter.num(12)).isEqualTo("12");
        assertThat(SvgChartWriter.num(12.34)).isEqualTo("12.3");
        assertThat(SvgChartWriter.num(-0.5)).isEqualTo("-0.5");
        assertThat(SvgChartWriter.num(-3.26)).isEqualTo("-3.3");
    }

    private static double height(org.w3c.dom.Node rect) {
        return Double.parseDouble(((Element) rect).getAttribute("height"));
    }

    private static List<String> texts(Element root) {
        NodeList nodes = root.getElementsByTagName("text");
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Document parse(Chart chart, SvgChartWriter.Kind kind) throws Exception {
        MarkupWriter out = new MarkupWriter();
        SvgChartWriter.write(out, chart, kind);
        var factory = SafeXml.newDocumentBuilderFactory();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
