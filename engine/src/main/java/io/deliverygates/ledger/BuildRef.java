package io.deliverygates.ledger;

import java.util.Objects;

/** The build that wrote an event: job full name, build number and (optional) URL. */
public record BuildRef(String job, long number, String url) {
    public BuildRef {
        Objects.requireNonNull(job, "job");
    }
}
