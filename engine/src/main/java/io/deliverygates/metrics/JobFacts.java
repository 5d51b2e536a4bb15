package io.deliverygates.metrics;

import io.deliverygates.ledger.LedgerEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a job answers for any window: its production set, its environments and its builds.
 *
 * @param <S> how its scopes answer
 */
abstract class JobFacts<S extends ScopeFacts> {
    private final String job;
    final S production;
    /** One per environment named in the ledger, by name. */
    final Map<String, S> environments = new TreeMap<>();

    JobFacts(String job, S production) {
        this.job = job;
        this.production = production;
    }

    public String job() {
        return job;
    }

    ScopeFacts production() {
        return production;
    }

    Collection<S> environments() {
        return environments.values();
    }

    abstract DurationStats builds(Window window);

    /** The starting events of the deployments that have not finished, in no order. */
    abstract List<LedgerEvent> unfinished();
}
