package io.deliverygates.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One immutable record of the delivery ledger, stored as one JSON line. All deployment metrics are computed from
 * these events alone.
 *
 * <p>Events of one deployment share its {@code deploymentId}; incident events carry their own {@code incidentId}
 * and the {@code deploymentId} of the deployment that caused (opened) or fixed (resolved) it. A deployment made to
 * fix an open incident names it in {@code fixesIncident} (the DORA rework rate counts these).
 *
 * @param schema       the record's schema version, {@link #SCHEMA}
 * @param id           unique id of this event
 * @param type         what happened
 * @param time         when it happened
 * @param environment  the environment (null for {@link EventType#BUILD_FINISHED})
 * @param version      the version or artifact deployed
 * @param deploymentId the deployment the event belongs to
 * @param incidentId   the incident (incident events only)
 * @param fixesIncident the incident this deployment was made to fix, or null for a planned deployment
 * @param build        the build that wrote the event
 * @param commits      the commits a deployment brings (on {@link EventType#DEPLOYMENT_STARTED} and FINISHED)
 * @param outcome      how it ended (finished, health, rollback and build events)
 * @param duration     how long it took (finished, rollback and build events)
 * @param message      a short human-readable reason, e.g. the failing health responses
 * @param attributes   further key/value facts (never secrets)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LedgerEvent(
        int schema,
        String id,
        EventType type,
        Instant time,
        @JsonDeserialize(using = EnvironmentNames.class) String environment,
        String version,
        String deploymentId,
        String incidentId,
        String fixesIncident,
        BuildRef build,
        List<Commit> commits,
        Outcome outcome,
        Duration duration,
        String message,
        Map<String, String> attributes) {

    /** The schema version written by this code. Readers accept this and older versions. */
    public static final int SCHEMA = 1;

    public LedgerEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        deploymentId = unlessEmpty(deploymentId);
        incidentId = unlessEmpty(incidentId);
        fixesIncident = unlessEmpty(fixesIncident);
        commits = commits == null ? List.of() : List.copyOf(commits);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * An empty id means "not set", as it is written (empty fields are left out): a deployment with
     * {@code "fixesIncident": ""} is no rework, and {@code "deploymentId": ""} joins no events together.
     */
    private static String unlessEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Starts an event of the given type at the given time, with a fresh id and the current schema. */
    public static Builder builder(EventType type, Instant time) {
        return new Builder(type, time);
    }

    /** Builds {@link LedgerEvent}s; only type and time are required. */
    public static final class Builder {
        private final EventType type;
        private final Instant time;
        private String id = UUID.randomUUID().toString();
        private String environment;
        private String version;
        private String deploymentId;
        private String incidentId;
        private String fixesIncident;
        private BuildRef build;
        private List<Commit> commits = List.of();
        private Outcome outcome;
        private Duration duration;
        private String message;
        private Map<String, String> attributes = Map.of();

        private Builder(EventType type, Instant time) {
            this.type = type;
            this.time = time;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder environment(String value) {
            this.environment = value;
            return this;
        }

        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public Builder deploymentId(String value) {
            this.deploymentId = value;
            return this;
        }

        public Builder incidentId(String value) {
            this.incidentId = value;
            return this;
        }

        public Builder fixesIncident(String value) {
            this.fixesIncident = value;
            return this;
        }

        public Builder build(BuildRef value) {
            this.build = value;
            return this;
        }

        public Builder commits(List<Commit> value) {
            this.commits = value;
            return this;
        }

        public Builder outcome(Outcome value) {
            this.outcome = value;
            return this;
        }

        public Builder duration(Duration value) {
            this.duration = value;
            return this;
        }

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public Builder attributes(Map<String, String> value) {
            this.attributes = value;
            return this;
        }

        public LedgerEvent build() {
            return new LedgerEvent(SCHEMA, id, type, time, environment, version, deploymentId, incidentId,
                    fixesIncident, build, commits, outcome, duration, message, attributes);
        }
    }
}
