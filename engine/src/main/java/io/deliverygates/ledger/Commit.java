package io.deliverygates.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A commit that a deployment brings. Lead time for changes is measured from {@code commitTime} (when the change
 * was committed; the author time is kept for tools that prefer it).
 */
public record Commit(String id, Instant authorTime, Instant commitTime) {
    public Commit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commitTime, "commitTime");
        if (authorTime == null) {
            authorTime = commitTime;
        }
    }
}
