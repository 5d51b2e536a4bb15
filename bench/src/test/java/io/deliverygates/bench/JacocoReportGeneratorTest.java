package io.deliverygates.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class JacocoReportGeneratorTest {
    private static final int SIZE = 300_000;

    @TempDir
    Path folder;

    @Test
    void writesAtLeastTheRequestedSize() throws Exception {
        GeneratedReport report = new JacocoReportGenerator(1).write(folder.resolve("r.xml"), SIZE);

        assertThat(report.bytes()).isGreaterThanOrEqualTo(SIZE).isEqualTo(Files.size(report.file()));
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        GeneratedReport first = new JacocoReportGenerator(7).write(folder.resolve("a.xml"), SIZE);
        GeneratedReport again = new JacocoReportGenerator(7).write(folder.resolve("b.xml"), SIZE);
        GeneratedReport other = new JacocoReportGenerator(8).write(folder.resolve("c.xml"), SIZE);

        assertThat(Files.mismatch(first.file(), again.file())).isEqualTo(-1L);
        assertThat(Files.mismatch(first.file(), other.file())).isNotEqualTo(-1L);
    }

    @Test
    void isValidAgainstJacocosOwnReportDtd() throws Exception {
        GeneratedReport report = new JacocoReportGenerator(3).write(folder.resolve("r.xml"), SIZE);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(true);
        ElementCounter handler = new ElementCounter() {
            @Override
            public InputSource resolveEntity(String publicId, String systemId) {
                InputStream dtd = getClass().getResourceAsStream("/org/jacoco/report/xml/report.dtd");
                assertThat(dtd).as("JaCoCo's report.dtd on the test classpath").isNotNull();
                return new InputSource(dtd);
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        };

        factory.newSAXParser().parse(report.file().toFile(), handler);

        assertThat(handler.lines).isPositive();
        assertThat(handler.methods).isPositive();
    }

    @Test
    void totalsAreTheSumsOfTheLineElements() throws Exception {
        GeneratedReport report = new JacocoReportGenerator(5).write(folder.resolve("r.xml"), SIZE);
        ElementCounter lines = new ElementCounter();

        SAXParserFactory.newInstance().newSAXParser().parse(report.file().toFile(), lines);

        CoverageTotals totals = report.totals();
        assertThat(totals.instruction()).isEqualTo(new Counter(lines.mi, lines.ci));
        assertThat(totals.branch()).isEqualTo(new Counter(lines.mb, lines.cb));
        assertThat(totals.line()).isEqualTo(new Counter(lines.linesMissed, lines.lines - lines.linesMissed));
        assertThat(totals.instruction().missed()).isPositive();
        assertThat(totals.branch().covered()).isPositive();
    }

    @Test
    void coverageModelReadsTheSameTotalsTheGeneratorWrote() throws Exception {
        GeneratedReport report = new JacocoReportGenerator(9).write(folder.resolve("r.xml"), SIZE);
        CoverageModelParser parser = new CoverageModelParser();

        assertThat(parser.totals(parser.parse(report.file()))).isEqualTo(report.totals());
    }

    /** Sums the {@code line} elements of a report, skipping (not fetching) its DTD unless told otherwise. */
    private static class ElementCounter extends DefaultHandler {
        long lines;
        long linesMissed;
        long methods;
        long mi;
        long ci;
        long mb;
        long cb;

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new java.io.StringReader(""));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("method".equals(qName)) {
                methods++;
            } else if ("line".equals(qName)) {
                lines++;
                int covered = Integer.parseInt(attributes.getValue("ci"));
                linesMissed += covered == 0 ? 1 : 0;
                mi += Integer.parseInt(attributes.getValue("mi"));
                ci += covered;
                mb += Integer.parseInt(attributes.getValue("mb"));
                cb += Integer.parseInt(attributes.getValue("cb"));
            }
        }
    }
}
