package io.deliverygates.bench;

import edu.hm.hafner.coverage.Coverage;
import edu.hm.hafner.coverage.CoverageParser.ProcessingMode;
import edu.hm.hafner.coverage.Metric;
import edu.hm.hafner.coverage.ModuleNode;
import edu.hm.hafner.coverage.Value;
import edu.hm.hafner.coverage.parser.JacocoParser;
import edu.hm.hafner.util.FilteredLog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The baseline: coverage-model's JaCoCo parser, the one the Jenkins coverage plugin uses, as that plugin calls it. */
public final class CoverageModelParser implements ReportParser {
    @Override
    public ModuleNode parse(Path report) throws IOException {
        try (Reader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            return new JacocoParser(ProcessingMode.FAIL_FAST).parse(reader, report.toString(), new FilteredLog("bench"));
        }
    }

    @Override
    public CoverageTotals totals(Object parsed) {
        ModuleNode root = (ModuleNode) parsed;
        return new CoverageTotals(counter(root, Metric.INSTRUCTION), counter(root, Metric.BRANCH),
                counter(root, Metric.LINE),
                root.getValue(Metric.CYCLOMATIC_COMPLEXITY).map(Value::asInteger).orElse(0));
    }

    private static Counter counter(ModuleNode root, Metric metric) {
        return root.getValue(metric)
                .map(Coverage.class::cast)
                .map(coverage -> new Counter(coverage.getMissed(), coverage.getCovered()))
                .orElse(Counter.EMPTY);
    }
}
