package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.deliverygates.common.GateStatus;
import io.deliverygates.coverage.gate.GateResult;
import io.deliverygates.coverage.gate.QualityGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Type coverage: a real {@code mypy --cobertura-xml-report} (coverage/mypy/README.md) read by the quality gate's
 * Cobertura reader, with the figures checked against what mypy itself wrote.
 */
class MypyTypeCoverageTest {
    private static final Pattern LINE = Pattern.compile("<line [^>]*hits=\"(\\d+)\"[^>]*precision=\"(\\w+)\"");

    private static Path resource(String name) throws Exception {
        return Path.of(MypyTypeCoverageTest.class.getResource("mypy/" + name).toURI());
    }

    @Test
    void lineCoverageIsTheShareOfTypedLinesAsMypyCountsThem() throws Exception {
        Path report = resource("mypy-report/cobertura.xml");
        String xml = Files.readString(report);
        int lines = 0;
        int typed = 0;
        int imprecise = 0;
        Matcher line = LINE.matcher(xml);
        while (line.find()) {
            lines++;
            typed += Integer.parseInt(line.group(1)) > 0 ? 1 : 0;
            imprecise += line.group(2).equals("imprecise") ? 1 : 0;
        }

        CoverageTree tree = new CoberturaXmlReader().read(report);

        Counter counter = tree.counters().get(Metric.LINE).orElseThrow();
        assertThat(counter).isEqualTo(new Counter(typed, lines - typed));
        assertThat(counter).isEqualTo(new Counter(25, 16));
        // mypy's own rate on the root element, rounded to 4 digits as mypy writes it
        Matcher rate = Pattern.compile("<coverage [^>]*line-rate=\"([0-9.]+)\"").matcher(xml);
        assertThat(rate.find()).isTrue();
        assertThat(counter.percent() / 100).isCloseTo(Double.parseDouble(rate.group(1)),
                offset(0.00005));
        // mypy's text report counts the same untyped lines: "28.33% imprecise" of 60 lines = 17 = any + imprecise
        String text = Files.readString(resource("mypy-report/index.txt"));
        assertThat(text).contains("| Total             |  28.33% imprecise | 60 LOC |");
        assertThat(counter.missed() + imprecise).isEqualTo(Math.round(0.2833 * 60));
    }

    @Test
    void eachFileHasTheRateMypyWroteForIt() throws Exception {
        CoverageTree tree = new CoberturaXmlReader().read(resource("mypy-report/cobertura.xml"));

        List<SourceFileCoverage> files = tree.packages().get(0).sourceFiles();
        assertThat(files).extracting(SourceFileCoverage::path)
                .containsExactly("inventory/__init__.py", "inventory/pricing.py", "inventory/stock.py");
        assertThat(files.get(1).counters().get(Metric.LINE)).contains(new Counter(5, 7)); // line-rate 0.4167 = 5/12
        assertThat(files.get(2).counters().get(Metric.LINE)).contains(new Counter(20, 9)); // line-rate 0.6897 = 20/29
    }

    @Test
    void theTypeCoverageGateFailsBelowNinetyFivePercentAndPassesAtTheActualRate() throws Exception {
        CoverageTree tree = new CoberturaXmlReader().read(resource("mypy-report/cobertura.xml"));

        GateResult strict = QualityGate.parse(List.of("line>=95"), false, "conditions").evaluate(tree, null);
        GateResult lenient = QualityGate.parse(List.of("line>=60"), false, "conditions").evaluate(tree, null);

        assertThat(strict.status()).isEqualTo(GateStatus.FAILED);
        assertThat(strict.conditions().get(0).actual()).isCloseTo(60.98, offset(0.01));
        assertThat(lenient.status()).isEqualTo(GateStatus.PASSED);
    }
}
