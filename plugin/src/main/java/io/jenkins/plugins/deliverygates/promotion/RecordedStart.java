package io.jenkins.plugins.deliverygates.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deliverygates.common.Json;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.promotion.StartedDeployment;
import java.io.Serializable;

/**
 * The DEPLOYMENT_STARTED event of a running deployment, kept by a Pipeline step (program.dat) or a build action
 * (build.xml) until the deployment ends. Kept as the event's JSON line, the ledger's own format, because neither
 * JBoss Marshalling nor XStream is reliable with Java records.
 */
final class RecordedStart implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String json;

    private RecordedStart(String json) {
        this.json = json;
    }

    static RecordedStart of(StartedDeployment deployment) throws JsonProcessingException {
        return new RecordedStart(Json.mapper().writeValueAsString(deployment.started()));
    }

    StartedDeployment deployment() throws JsonProcessingException {
        return new StartedDeployment(Json.mapper().readValue(json, LedgerEvent.class));
    }
}
