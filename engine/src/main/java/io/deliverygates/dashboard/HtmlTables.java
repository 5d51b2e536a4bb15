package io.deliverygates.dashboard;

import io.deliverygates.metrics.DeploymentRow;
import io.deliverygates.metrics.Figures;
import io.deliverygates.metrics.IncidentRow;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.ScopeReport;
import io.deliverygates.metrics.UnfinishedDeployment;
import java.util.List;
import java.util.Locale;

/** The dashboard's tables: recent deployments, incidents and the per-environment summary. */
final class HtmlTables {
    private HtmlTables() {
    }

    static void deployments(MarkupWriter out, List<DeploymentRow> rows) {
        out.element("h3", "Recent production deployments");
        if (rows.isEmpty()) {
            out.element("p", "No production deployment in this window.", "class", "empty");
            return;
        }
        out.open("table", "class", "deployments");
        header(out, "Finished (UTC)", "Version", "Environment", "Outcome", "Duration", "Commits", "Notes");
        out.open("tbody");
        for (DeploymentRow row : rows) {
            out.open("tr", "class", row.failed() ? "failed" : null);
            out.element("td", Formats.time(row.finished()), "class", "time");
            out.element("td", row.version());
            out.element("td", row.environment());
            out.element("td", row.outcome() == null ? Formats.NONE : row.outcome().name().toLowerCase(Locale.ROOT));
            out.element("td", Formats.duration(row.duration()), "class", "num");
            out.element("td", Integer.toString(row.commits()), "class", "num");
            out.element("td", notes(row));
            out.close();
        }
        out.close().close();
    }

    static void incidents(MarkupWriter out, List<IncidentRow> rows) {
        out.element("h3", "Incidents");
        if (rows.isEmpty()) {
            out.element("p", "No incident open or resolved in this window.", "class", "empty");
            return;
        }
        out.open("table", "class", "incidents");
        header(out, "Incident", "Opened (UTC)", "Resolved (UTC)", "Time to restore", "Caused by", "Resolved by",
                "Message");
        out.open("tbody");
        for (IncidentRow row : rows) {
            out.open("tr", "class", row.open() ? "open" : null);
            out.element("td", row.incidentId());
            out.element("td", Formats.time(row.opened()), "class", "time");
            out.element("td", row.open() ? "open" : Formats.time(row.resolved()), "class", "time");
            out.element("td", Formats.duration(row.timeToRestore()), "class", "num");
            out.element("td", row.causedBy());
            out.element("td", row.resolvedBy());
            out.element("td", row.message());
            out.close();
        }
        out.close().close();
    }

    /** Deployments that started and never finished: shown, so that an interrupted one does not vanish. */
    static void unfinished(MarkupWriter out, List<UnfinishedDeployment> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.element("h3", "Unfinished deployments");
        out.element("p", "Started, never finished: still running, or stopped without recording how they ended. "
                + "They are in no rate.", "class", "meta");
        out.open("table", "class", "unfinished");
        header(out, "Started (UTC)", "Version", "Environment", "Deployment", "Build");
        out.open("tbody");
        for (UnfinishedDeployment row : rows) {
            out.open("tr", "class", "unfinished");
            out.element("td", Formats.time(row.started()), "class", "time");
            out.element("td", row.version());
            out.element("td", row.environment());
            out.element("td", row.deploymentId());
            out.element("td", row.build() == null ? Formats.NONE : row.build().job() + " #" + row.build().number());
            out.close();
        }
        out.close().close();
    }

    static void environments(MarkupWriter out, JobReport job) {
        out.element("h3", "By environment");
        out.open("table", "class", "environments");
        header(out, "Environment", "Deployments", "Successful", "Failed", "Frequency", "Lead time (median)",
                "Change failure rate");
        out.open("tbody");
        environmentRow(out, "production set (" + String.join(", ", job.production().environments()) + ")",
                job.production());
        for (ScopeReport scope : job.environments()) {
            environmentRow(out, scope.name(), scope);
        }
        out.close().close();
    }

    private static void environmentRow(MarkupWriter out, String name, ScopeReport scope) {
        Figures figures = scope.current();
        out.open("tr");
        out.element("td", name);
        out.element("td", Long.toString(figures.deployments()), "class", "num");
        out.element("td", Long.toString(figures.successful()), "class", "num");
        out.element("td", Long.toString(figures.failed()), "class", "num");
        out.element("td", Formats.value(Metric.DEPLOYMENT_FREQUENCY, figures.value(Metric.DEPLOYMENT_FREQUENCY)));
        out.element("td", Formats.value(Metric.LEAD_TIME, figures.value(Metric.LEAD_TIME)));
        out.element("td", Formats.value(Metric.CHANGE_FAILURE_RATE, figures.changeFailureRate()));
        out.close();
    }

    private static void header(MarkupWriter out, String... columns) {
        out.open("thead").open("tr");
        for (String column : columns) {
            out.element("th", column, "scope", "col");
        }
        out.close().close();
    }

    private static String notes(DeploymentRow row) {
        StringBuilder notes = new StringBuilder();
        if (row.unhealthy()) {
            notes.append("failed its health check; ");
        }
        if (row.rolledBack()) {
            notes.append("rolled back; ");
        }
        if (row.causedIncident()) {
            notes.append("caused an incident; ");
        }
        if (row.fixesIncident() != null) {
            notes.append("fixes ").append(row.fixesIncident()).append("; ");
        }
        return notes.length() == 0 ? "" : notes.substring(0, notes.length() - 2);
    }
}
