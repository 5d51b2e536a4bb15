package io.deliverygates.metrics;

import java.util.List;

/**
 * The metrics of one job (one ledger).
 *
 * @param job          the job's name
 * @param production   the production set (the headline of the job)
 * @param environments one scope per environment named in the ledger, by name
 * @param builds       build duration tracking
 */
public record JobReport(String job, ScopeReport production, List<ScopeReport> environments, BuildReport builds) {
    public JobReport {
        environments = List.copyOf(environments);
    }
}
