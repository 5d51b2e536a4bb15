package io.deliverygates.bench;

import io.deliverygates.coverage.Counters;
import io.deliverygates.coverage.CoverageDetail;
import io.deliverygates.coverage.CoverageTree;
import io.deliverygates.coverage.JacocoXmlReader;
import io.deliverygates.coverage.Metric;

import java.nio.file.Path;

/**
 * Our streaming JaCoCo XML reader, either keeping the full tree ({@link CoverageDetail#ALL}, every class and source
 * file) or only the detail a quality gate needs (as the {@code gate} command and the Jenkins step call it).
 */
public final class DeliveryGatesParser implements ReportParser {
    private final JacocoXmlReader reader = new JacocoXmlReader();
    private final CoverageDetail detail;

    public DeliveryGatesParser(CoverageDetail detail) {
        this.detail = detail;
    }

    @Override
    public CoverageTree parse(Path report) {
        return reader.read(report, detail);
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
