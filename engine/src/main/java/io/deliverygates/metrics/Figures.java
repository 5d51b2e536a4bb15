package io.deliverygates.metrics;

/**
 * The DORA figures of one environment scope over one window (docs/metrics.md defines each).
 *
 * @param deployments           production deployments finished in the window with outcome SUCCEEDED or FAILED
 *                              (the denominator of the rates)
 * @param successful            of these, those with outcome SUCCEEDED (deployment frequency counts these)
 * @param failed                of these, those that failed: outcome FAILED, rolled back, or named as the cause of
 *                              an incident
 * @param aborted               production deployments finished in the window as ABORTED, INCONCLUSIVE or without
 *                              outcome (not counted in the rates)
 * @param rework                deployments (of the denominator) made to fix an incident ({@code fixesIncident})
 * @param deploymentDays        UTC days in the window with at least one successful deployment
 * @param days                  the window's length in days
 * @param deploymentsPerDay     successful ÷ days
 * @param deploymentsPerWeek    successful ÷ days × 7
 * @param deploymentDaysPerWeek deploymentDays ÷ days × 7
 * @param leadTime              lead time for changes of the commits first deployed in the window
 * @param commitsDropped        commits first deployed in the window whose lead time was not positive (clock skew,
 *                              rewritten history); not in {@code leadTime}
 * @param changeFailureRate     failed ÷ deployments, null without deployments
 * @param reworkRate            rework ÷ deployments, null without deployments
 * @param timeToRestore         time to restore of the incidents resolved in the window
 * @param openIncidents         incidents opened before the window's end and not resolved by then
 * @param leadTimes             the lead times of {@code leadTime} counted per {@link Histogram#BOUNDS}
 * @param restoreTimes          the restore times of {@code timeToRestore} counted per {@link Histogram#BOUNDS}
 */
public record Figures(
        long deployments,
        long successful,
        long failed,
        long aborted,
        long rework,
        long deploymentDays,
        double days,
        double deploymentsPerDay,
        double deploymentsPerWeek,
        double deploymentDaysPerWeek,
        DurationStats leadTime,
        long commitsDropped,
        Double changeFailureRate,
        Double reworkRate,
        DurationStats timeToRestore,
        long openIncidents,
        Histogram leadTimes,
        Histogram restoreTimes) {

    /** Derives the rates from the counts; the one place where they are computed. */
    static Figures of(long deployments, long successful, long failed, long aborted, long rework, long deploymentDays,
            double days, SortedRuns leadTimes, SortedRuns restoreTimes, long openIncidents) {
        return new Figures(deployments, successful, failed, aborted, rework, deploymentDays, days,
                successful / days, successful / days * 7, deploymentDays / days * 7, leadTimes.stats(),
                leadTimes.skipped(), ratio(failed, deployments), ratio(rework, deployments), restoreTimes.stats(),
                openIncidents, leadTimes.histogram(), restoreTimes.histogram());
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The value of a headline metric in its {@link Metric#unit()}, or null when there is no data for it. */
    public Double value(Metric metric) {
        switch (metric) {
            case DEPLOYMENT_FREQUENCY:
                return deploymentsPerDay;
            case LEAD_TIME:
                return seconds(leadTime);
            case CHANGE_FAILURE_RATE:
                return changeFailureRate;
            case TIME_TO_RESTORE:
                return seconds(timeToRestore);
            default:
                return reworkRate;
        }
    }

    private static Double seconds(DurationStats stats) {
        return stats.median() == null ? null : stats.median().toMillis() / 1000.0;
    }
}
