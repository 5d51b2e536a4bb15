package io.deliverygates.metrics;

import io.deliverygates.ledger.LedgerEvent;
import java.util.Comparator;

import java.util.ArrayList;
import java.util.List;

/** Builds the report of a job from its facts: current and previous figures, headlines, trends and lists. */
final class ReportAssembler {
    private final MetricsConfig config;
    private final Window window;
    private final List<Window> buckets;

    ReportAssembler(MetricsConfig config, Window window) {
        this.config = config;
        this.window = window;
        this.buckets = window.buckets(config.granularityFor(window));
    }

    JobReport job(JobFacts<?> facts) {
        List<ScopeReport> environments = new ArrayList<>();
        for (ScopeFacts scope : facts.environments()) {
            environments.add(scope(scope));
        }
        List<BuildPoint> buildTrend = new ArrayList<>();
        for (Window bucket : buckets) {
            buildTrend.add(new BuildPoint(bucket, facts.builds(bucket)));
        }
        BuildReport builds = new BuildReport(facts.builds(window), facts.builds(window.previous()), buildTrend);
        List<UnfinishedDeployment> unfinished = facts.unfinished().stream()
                .sorted(Comparator.comparing(LedgerEvent::time).reversed()).limit(config.recentRows())
                .map(start -> new UnfinishedDeployment(start.deploymentId(), start.environment(), start.version(),
                        start.time(), start.build()))
                .toList();
        return new JobReport(facts.job(), scope(facts.production()), environments, builds, unfinished);
    }

    private ScopeReport scope(ScopeFacts scope) {
        Figures current = scope.figures(window);
        Figures previous = scope.figures(window.previous());
        List<Headline> headlines = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            headlines.add(headline(metric, current.value(metric), previous.value(metric)));
        }
        List<TrendPoint> trend = new ArrayList<>();
        for (Window bucket : buckets) {
            trend.add(new TrendPoint(bucket, scope.figures(bucket)));
        }
        return new ScopeReport(scope.spec().name(), scope.spec().environments(), current, previous, headlines, trend,
                scope.recentDeployments(window, config.recentRows()), scope.incidents(window, config.recentRows()));
    }

    private Headline headline(Metric metric, Double value, Double previous) {
        Level level = config.levels().level(metric, value).orElse(null);
        ObjectiveResult objective = config.objectives().stream()
                .filter(candidate -> candidate.metric() == metric)
                .findFirst()
                .map(candidate -> candidate.evaluate(value))
                .orElse(null);
        return new Headline(metric, value, previous, level, objective);
    }
}
