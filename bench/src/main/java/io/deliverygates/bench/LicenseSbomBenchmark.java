package io.deliverygates.bench;

import io.deliverygates.license.LicenseGate;
import io.deliverygates.license.LicenseGateResult;
import io.deliverygates.license.LicensePolicy;
import io.deliverygates.license.Sbom;
import io.deliverygates.license.SbomReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The license gate's SBOM reading against its named baseline, CycloneDX's own library parsing the same bytes
 * ({@link JsonParser} / {@link XmlParser} from cyclonedx-core-java, the full model): our reader adds format
 * detection, the hardened XML pre-check and the component extraction on top of that very parse, so the ratio is the
 * price of failing closed. The gate's evaluation of the read SBOM is measured alongside, to show its share.
 * <p>
 * Input: a CycloneDX 1.6 XML SBOM of {@code components} components, made of the 45 real components of the test SBOMs
 * (cyclonedx-maven-plugin and cyclonedx-npm) repeated under distinct names, so it has their mix of license ids,
 * names with URLs and expressions; its JSON twin is written by the library's own generator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LicenseSbomBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Param("20000")
    int components;

    private byte[] json;
    private byte[] xml;
    private Sbom sbom;
    private LicenseGate gate;

    @Setup
    public void generate() throws Exception {
        xml = LicenseSbomFixture.cycloneDxXml(components);
        json = LicenseSbomFixture.cycloneDxJson(xml);
        sbom = new SbomReader().read(json, "bench.json");
        gate = new LicenseGate(LicensePolicy.defaults());
    }

    @Benchmark
    public Bom libraryJson() throws ParseException {
        return new JsonParser().parse(json);
    }

    @Benchmark
    public Sbom readerJson() {
        return new SbomReader().read(json, "bench.json");
    }

    @Benchmark
    public Bom libraryXml() throws ParseException {
        return new XmlParser().parse(xml);
    }

    @Benchmark
    public Sbom readerXml() {
        return new SbomReader().read(xml, "bench.xml");
    }

    @Benchmark
    public LicenseGateResult gate() {
        return gate.evaluate(List.of(sbom), null, TODAY, NOW);
    }

    /** The generated SBOMs; also used by the benchmark's test. */
    static final class LicenseSbomFixture {
        private static final List<String> SOURCES = List.of("/io/deliverygates/license/maven-bom.xml",
                "/io/deliverygates/license/npm-bom-1.4.xml");
        private static final Pattern COMPONENT = Pattern.compile("(?s)<component type=.*?</component>");

        private LicenseSbomFixture() {
        }

        /**
         * A CycloneDX 1.6 XML SBOM: the real components of the test SBOMs (after their metadata, whose tools are
         * components too), repeated with a copy number added to name, bom-ref and package URL. Text, because the
         * library's XML generator needs Woodstox, which the engine leaves out.
         */
        static byte[] cycloneDxXml(int count) throws IOException {
            List<String> templates = new ArrayList<>();
            for (String source : SOURCES) {
                String xml = read(source);
                Matcher matcher = COMPONENT.matcher(xml.substring(xml.indexOf("</metadata>")));
                while (matcher.find()) {
                    templates.add(matcher.group());
                }
            }
            StringBuilder bom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bom xmlns=\""
                    + "http://cyclonedx.org/schema/bom/1.6\" version=\"1\">\n<components>\n");
            for (int i = 0; i < count; i++) {
                String copy = "-" + (i / templates.size());
                bom.append(templates.get(i % templates.size()).replaceFirst("</name>", copy + "</name>")
                        .replaceFirst("bom-ref=\"([^\"@]*)@", "bom-ref=\"$1" + copy + "@")
                        .replaceFirst("<purl>([^<@]*)@", "<purl>$1" + copy + "@")).append('\n');
            }
            return bom.append("</components>\n</bom>\n").toString().getBytes(StandardCharsets.UTF_8);
        }

        /** The same BOM as JSON, written by cyclonedx-core-java's own generator from its own parse. */
        static byte[] cycloneDxJson(byte[] xml) throws Exception {
            Bom bom = new XmlParser().parse(xml);
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString()
                    .getBytes(StandardCharsets.UTF_8);
        }

        private static String read(String resource) throws IOException {
            try (InputStream in = LicenseSbomBenchmark.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource + " (the engine's test jar)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
