/**
 * DORA metrics from the deployment ledger: {@link io.deliverygates.metrics.IncrementalMetrics} (per job, event by
 * event), {@link io.deliverygates.metrics.NaiveMetrics} (full recompute, the baseline) and the immutable result
 * model rooted at {@link io.deliverygates.metrics.MetricsReport}. Definitions: docs/metrics.md.
 */
package io.deliverygates.metrics;
