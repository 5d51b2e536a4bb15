package io.deliverygates.metrics;

import java.util.List;

/**
 * The metrics of one job (one ledger).
 *
 * @param job          the job's name
 * @param production   the production set (the headline of the job)
 * @param environments one scope per environment named in the ledger, by name
 * @param builds       build duration tracking
 * @param unfinished   deployments started and never finished (any time, any environment), newest first, at most
 *                     the configured number of rows
 */
public record JobReport(String job, ScopeReport production, List<ScopeReport> environments, BuildReport builds,
        List<UnfinishedDeployment> unfinished) {
    public JobReport {
        environments = List.copyOf(environments);
        unfinished = List.copyOf(unfinished);
    }
}
