package io.deliverygates.bench;

import io.deliverygates.coverage.Counters;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.JacocoXmlReader;
import io.deliverygates.coverage.Metric;

import java.nio.file.Path;

/** Our streaming JaCoCo XML reader, as the quality gate calls it. */
public final class DeliveryGatesParser implements ReportParser {
    private final JacocoXmlReader reader = new JacocoXmlReader();

    @Override
    public CoverageTree parse(Path report) {
        return reader.read(report);
    }

    @Override
    public CoverageTotals totals(Object parsed) {
        Counters counters = ((CoverageTree) parsed).counters();
        return new CoverageTotals(counter(counters, Metric.INSTRUCTION), counter(counters, Metric.BRANCH),
                counter(counters, Metric.LINE), counters.getOrEmpty(Metric.COMPLEXITY).total());
    }

    private static Counter counter(Counters counters, Metric metric) {
        io.deliverygates.coverage.Counter counter = counters.getOrEmpty(metric);
        return new Counter(counter.missed(), counter.covered());
    }
}
